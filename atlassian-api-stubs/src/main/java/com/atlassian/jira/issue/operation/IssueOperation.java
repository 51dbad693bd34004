/*
 * Stub of com.atlassian.jira.issue.operation.IssueOperation (interface). No member is called.
 * Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/fields/screen/FieldScreenScheme.html
 *   (getFieldScreen takes an IssueOperation).
 */
package com.atlassian.jira.issue.operation;

public interface IssueOperation {
}
