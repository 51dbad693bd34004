/*
 * Stub of com.atlassian.jira.issue.issuetype.IssueType (interface; extends IssueConstant in Jira).
 * Checked against: Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc (Issue#getIssueType()
 *   in an anonymous Issue of web/rest/SlackMessageResource.java); JSW 10.0.1 javadoc, buildIssueTypes returns
 *   List<com.atlassian.jira.issue.issuetype.IssueType>; https://docs.atlassian.com/jira/7.1.7/ IssueConstant:
 *   String getId(), String getName().
 * Deviation: getId/getName are declared here, not on IssueConstant.
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {
    String getId();

    String getName();
}
