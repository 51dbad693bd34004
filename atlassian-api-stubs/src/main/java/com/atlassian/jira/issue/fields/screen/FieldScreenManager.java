/*
 * Stub of com.atlassian.jira.issue.fields.screen.FieldScreenManager (interface). Only the member the app calls.
 * Checked against: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/fields/screen/FieldScreenManager.html
 *   (Jira 7.2.0): FieldScreen getFieldScreen(Long id).
 * unverified: on Jira 10/11.
 */
package com.atlassian.jira.issue.fields.screen;

public interface FieldScreenManager {
    FieldScreen getFieldScreen(Long id);
}
