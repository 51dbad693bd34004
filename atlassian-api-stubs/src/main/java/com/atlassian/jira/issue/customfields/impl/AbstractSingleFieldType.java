/*
 * Stub of com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType<T> (@PublicSpi abstract class, extends
 * AbstractCustomFieldType<T, T>): a field type that stores one value per issue through Jira's value persister.
 * Checked against:
 *   - JSW 11.1 javadoc: GenericTextCFType (extends AbstractSingleFieldType) under it
 *     (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/epiccolor/package-tree.html);
 *   - the Jira 6.3.15 source (jira-api/.../customfields/impl/AbstractSingleFieldType.java, lines 58-278): the one
 *     constructor protected AbstractSingleFieldType(CustomFieldValuePersister, GenericConfigManager), and exactly
 *     five methods a subclass implements: getStringFromSingularObject(T), getSingularObjectFromString(String) throws
 *     FieldValidationException, protected abstract PersistenceFieldType getDatabaseType(), protected abstract Object
 *     getDbValueFromObject(T), protected abstract T getObjectFromDbValue(Object) throws FieldValidationException;
 *     validateFromParams turns a FieldValidationException into an error on the field;
 *   - Jira 7.x javadoc (docs.atlassian.com/jira/latest, /jira/server) lists the same constructor and abstract methods.
 *   - the persistence methods createValue(CustomField, Issue, T) and updateValue(CustomField, Issue, T) of
 *     CustomFieldType<T, S>, which this class implements through the persister: Jira's CustomFieldType javadoc
 *     (docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/CustomFieldType.html, "Persistence
 *     Methods"), the Jira 6.3.15 source above, and field types of public Jira 10+ apps (jakarta.inject) that
 *     override both and call super, e.g. a watcher field type extending MultiUserCFType.
 * unverified: on Jira 10/11 (the class exists in JSW 11.1 trees; its members are not shown there).
 */
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;

public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
            GenericConfigManager genericConfigManager) {
    }

    /** Stores the issue's first value of the field (Jira writes it through the persister). */
    public void createValue(CustomField field, Issue issue, T value) {
    }

    /** Replaces the issue's value of the field; null clears it. */
    public void updateValue(CustomField field, Issue issue, T value) {
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
