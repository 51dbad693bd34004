/*
 * Stub of com.atlassian.jira.issue.status.Status (interface). Only the members the app calls.
 * Checked against: Jira 11 atlassian-labs/atlassian-slack-integration-server at 94c50dc calls
 *   `issue.getStatus().getStatusCategory().getKey()` and getName() on it (see web/rest/SlackMessageResource.java and
 *   the notification renderers).
 */
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {
    String getName();

    StatusCategory getStatusCategory();
}
