/*
 * Stub of com.atlassian.jira.issue.label.Label: one label of an issue (the system Labels field or a labels custom
 * field). Only the member the app calls.
 * Checked against:
 *   - the type on Jira 11: atlassian-labs/atlassian-slack-integration-server at 94c50dc (jira-api 11.0.0)
 *     imports com.atlassian.jira.issue.label.Label and implements `Set<Label> getLabels()` of Issue
 *     (jira-slack-server-integration/.../web/rest/SlackMessageResource.java:11, :867);
 *   - it is a class, not an interface, in Jira 7: LabelManager and CachingLabelStore return and build Set<Label>
 *     (https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/LabelManager.html,
 *     https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/label/CachingLabelStore.html), and JSW 6.3's
 *     LabelField.asSetofLabels builds them from strings.
 * unverified: `String getLabel()` (the label's text) on Jira 10/11, and that the type is still a class; no class page
 *   of Label itself is in the docs corpus. The app calls only getLabel() (InitiativeFields, for an initiative's theme).
 * Deviation: no constructor is declared (the app never builds a label; tests mock it).
 */
package com.atlassian.jira.issue.label;

public class Label {
    public String getLabel() {
        throw new UnsupportedOperationException("stub");
    }
}
