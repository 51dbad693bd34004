/*
 * Stub of com.atlassian.jira.issue.operation.ScreenableIssueOperation (interface): an operation with a screen.
 * Checked against: JSW 10.4.0 javadoc, CustomFieldScreenService.addFieldForIssueOperations(Project, CustomField,
 *   Integer, String, ScreenableIssueOperation...)
 *   (https://docs.atlassian.com/jira-software/10.4.0/com/atlassian/greenhopper/customfield/CustomFieldScreenService.html).
 */
package com.atlassian.jira.issue.operation;

public interface ScreenableIssueOperation extends IssueOperation {
}
