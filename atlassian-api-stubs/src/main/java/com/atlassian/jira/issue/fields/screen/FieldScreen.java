/*
 * Stub of com.atlassian.jira.issue.fields.screen.FieldScreen (interface). Only the members the app calls.
 * Checked against: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/fields/screen/FieldScreen.html
 *   (Jira 7.1.9): Long getId(), String getName(), List<FieldScreenTab> getTabs(), FieldScreenTab getTab(int),
 *   boolean containsField(String fieldId); the pattern `if (!screen.containsField(id))
 *   screen.getTab(0).addFieldScreenLayoutItem(id)` is in blackducksoftware/blackduck-jira (Jira 7.4.5)
 *   BlackDuckFieldScreenSchemeSetup.java:282-336. The type itself is in JSW 10.3.10 signatures.
 * unverified: the members on Jira 10/11.
 */
package com.atlassian.jira.issue.fields.screen;

import java.util.List;

public interface FieldScreen {
    Long getId();

    String getName();

    List<FieldScreenTab> getTabs();

    FieldScreenTab getTab(int tabPosition);

    boolean containsField(String fieldId);
}
