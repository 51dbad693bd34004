/*
 * Stub of com.atlassian.jira.issue.context.JiraContextNode (interface). No member is called.
 * Checked against: JSW 10.0.1 javadoc, JiraCustomFieldUtilsService.buildJiraIssueContexts(boolean, Long[]) returns
 *   List<com.atlassian.jira.issue.context.JiraContextNode>
 *   (https://docs.atlassian.com/jira-software/10.0.1/com/atlassian/greenhopper/customfield/JiraCustomFieldUtilsService.html).
 */
package com.atlassian.jira.issue.context;

public interface JiraContextNode {
}
