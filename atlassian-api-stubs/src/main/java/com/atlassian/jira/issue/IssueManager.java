/*
 * Stub of com.atlassian.jira.issue.IssueManager (interface, @PublicApi). Only the member the app calls.
 * Checked against: Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc,
 *   service/listener/SlackEventHandlerService.java:175 (`MutableIssue getIssueByCurrentKey(String key)`; null when
 *   there is no such issue; it does not check permissions).
 */
package com.atlassian.jira.issue;

public interface IssueManager {
    MutableIssue getIssueByCurrentKey(String key);
}
