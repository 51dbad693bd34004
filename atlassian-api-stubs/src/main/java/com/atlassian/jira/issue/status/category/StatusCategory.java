/*
 * Stub of com.atlassian.jira.issue.status.category.StatusCategory (interface). Only the member the app calls.
 * Checked against: Jira 11 atlassian-labs/atlassian-slack-integration-server at 94c50dc
 *   (`getStatusCategory().getKey()`); keys "new", "indeterminate", "done" (StatusCategory.COMPLETE is "done" in the
 *   Jira 7.x javadoc, https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/status/category/StatusCategory.html).
 */
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String getKey();
}
