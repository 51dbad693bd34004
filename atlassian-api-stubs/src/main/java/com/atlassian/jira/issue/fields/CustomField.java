/*
 * Stub of com.atlassian.jira.issue.fields.CustomField (interface).
 * Checked against: the type on Jira 10: JSW 10.4.0 javadoc, CustomFieldScreenService.addFieldForIssueOperations(
 *   Project, CustomField, Integer, String, ScreenableIssueOperation...)
 *   (https://docs.atlassian.com/jira-software/10.4.0/com/atlassian/greenhopper/customfield/CustomFieldScreenService.html).
 *   getCustomFieldType(): blackducksoftware/blackduck-jira (Jira 7.4.5) BlackDuckFieldScreenSchemeSetup.java and
 *   igsl-group/Octopus_Jira (Jira 8.21) CustomApprovalSetup.java:168 call `field.getCustomFieldType().getKey()`.
 * unverified: Long getIdAsLong(), CustomFieldType getCustomFieldType() on 10/11 - long-stable Jira API.
 * Deviation: real CustomField extends NavigableField, HideableField, ConfigurableField, OrderableField, ... which
 *   all extend Field; the stub collapses that to `extends Field`.
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

public interface CustomField extends Field {
    Long getIdAsLong();

    CustomFieldType getCustomFieldType();
}
