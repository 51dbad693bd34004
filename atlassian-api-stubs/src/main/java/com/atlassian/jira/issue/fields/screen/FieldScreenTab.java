/*
 * Stub of com.atlassian.jira.issue.fields.screen.FieldScreenTab (interface). Only the member the app calls.
 * Checked against: blackducksoftware/blackduck-jira (Jira 7.4.5) src/test/java/.../mocks/FieldScreenTabMock.java,
 *   which implements the real interface, and gnl42/jira-testkit (Jira 8.1) ScreensBackdoorResource.java:146-150:
 *   void addFieldScreenLayoutItem(String fieldId), stored at once.
 * unverified: on Jira 10/11.
 */
package com.atlassian.jira.issue.fields.screen;

public interface FieldScreenTab {
    void addFieldScreenLayoutItem(String fieldId);
}
