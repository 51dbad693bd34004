/*
 * Stub of com.atlassian.jira.issue.CustomFieldManager (interface, @PublicApi). Only the members the app calls.
 * Checked against:
 *   - the interface exists on Jira 11: atlassian-labs/atlassian-slack-integration-server at 94c50dc (jira.version
 *     11.0.0) imports it with @ComponentImport (service/ComponentImports.java:14, :152);
 *   - https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (Jira 7.2.0):
 *     getCustomFieldObjectsByName(String), getCustomFieldObjects(), createCustomField(String, String,
 *     CustomFieldType, CustomFieldSearcher, List<JiraContextNode>, List<IssueType>) throws GenericEntityException;
 *   - blackducksoftware/blackduck-jira (Jira 7.4.5) src/test/java/.../mocks/field/CustomFieldManagerMock.java, which
 *     implements the real interface: getCustomFieldType(String) :147, getCustomFieldSearcher(String) :132,
 *     Collection<CustomField> getCustomFieldObjectsByName(String) :127, List<CustomField> getCustomFieldObjects() :97;
 *   - gnl42/jira-testkit (Jira 8.1) CustomFieldsBackdoor.java:123-129 catches GenericEntityException from
 *     createCustomField.
 * unverified: every signature on Jira 10/11 (no core 10/11 javadoc is public). The adapter keeps all calls in
 *   JiraRaidSetup and catches Exception around createCustomField.
 */
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;

public interface CustomFieldManager {
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    List<CustomField> getCustomFieldObjects();

    /** Null when no module provides the type. */
    CustomFieldType<?, ?> getCustomFieldType(String key);

    /** Null when no module provides the searcher. */
    CustomFieldSearcher getCustomFieldSearcher(String key);

    /** A list holding one null for issueTypes means every issue type. */
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws org.ofbiz.core.entity.GenericEntityException;
}
