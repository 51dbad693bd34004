/*
 * Stub of com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister (interface). The app only
 * passes it to AbstractSingleFieldType's constructor, so no member is stubbed.
 * Checked against: JSW 11.1 javadoc, the SprintCFType constructor takes it
 *   (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/sprint/class-use/PermissionUsedToModifySprintAnalyticEventPublisher.html).
 */
package com.atlassian.jira.issue.customfields.persistence;

public interface CustomFieldValuePersister {
}
