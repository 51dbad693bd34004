/*
 * Stub of com.atlassian.jira.issue.MutableIssue (interface, extends Issue). No member of its own is called.
 * Checked against: Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc,
 *   service/listener/SlackEventHandlerService.java:175 (IssueManager.getIssueByCurrentKey returns MutableIssue).
 */
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
