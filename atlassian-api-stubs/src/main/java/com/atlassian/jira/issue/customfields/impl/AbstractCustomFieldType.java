/*
 * Stub of com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType<T, S> (@PublicSpi abstract class,
 * implements CustomFieldType<T, S>). Only what the app's field types override or call.
 * Checked against: JSW 11.1 javadoc lists it as a class implementing CustomFieldType
 *   (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/pyxis/greenhopper/jira/customfields/package-tree.html);
 *   the Jira 6.3.15 source (jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType
 *   .java): public @Nonnull Map<String, Object> getVelocityParameters(Issue issue, CustomField field,
 *   FieldLayoutItem fieldLayoutItem), a new mutable HashMap; Jira 7.x javadoc
 *   (https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.html)
 *   shows the same method.
 * unverified: on Jira 10/11 the members are not public in javadoc; getVelocityParameters is long-stable.
 * Deviation: every other member of the real class is left out; the app's types never call them, and the real class
 *   provides them at run time. getKey() is left abstract here (final in the real class).
 */
package com.atlassian.jira.issue.customfields.impl;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return new HashMap<>();
    }

    @Override
    public String getKey() {
        throw new UnsupportedOperationException("compile-only stub: Jira's class answers");
    }

    public abstract String getStringFromSingularObject(S singularObject);

    public abstract S getSingularObjectFromString(String string) throws FieldValidationException;
}
