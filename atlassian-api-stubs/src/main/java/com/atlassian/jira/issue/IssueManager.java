/*
 * Stub of com.atlassian.jira.issue.IssueManager (interface, @PublicApi). Only the member the app calls.
 * Checked against: Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc,
 *   service/listener/SlackEventHandlerService.java:175 (`MutableIssue getIssueByCurrentKey(String key)`; null when
 *   there is no such issue; it does not check permissions); `MutableIssue getIssueObject(Long id)`:
 *   service/notification/impl/CommandEventRenderer.java:90 (`Issue issue = issueManager.getIssueObject(...)`) and
 *   web/rest/DedicatedChannelResource.java:93 (`Optional.ofNullable(issueManager.getIssueObject(key))`, so null when
 *   there is none); its test mocks `getIssueObject(3L)` (CommandEventRendererTest.java:85). The MutableIssue return
 *   type is Jira 7's (https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/IssueManager.html); a caller that
 *   assigns it to Issue compiles against either.
 */
package com.atlassian.jira.issue;

public interface IssueManager {
    MutableIssue getIssueByCurrentKey(String key);

    /** Null when there is no issue with this id; no permission check. */
    MutableIssue getIssueObject(Long id);
}
