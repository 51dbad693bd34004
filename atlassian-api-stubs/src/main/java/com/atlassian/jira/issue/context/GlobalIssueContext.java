/*
 * Stub of com.atlassian.jira.issue.context.GlobalIssueContext: the context of a field available in every project.
 * Checked against: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/context/package-summary.html
 *   (Jira 7.1.9); `GlobalIssueContext.getInstance()` is called by gnl42/jira-testkit CustomFieldsBackdoor.java:121
 *   (Jira 8.1) and igsl-group/Octopus_Jira CustomApprovalSetup.java:197 (Jira 8.21).
 * unverified: on Jira 10/11. Deviation: the stub is a final class with one instance, so that tests can pass it on;
 *   in Jira the real class answers.
 */
package com.atlassian.jira.issue.context;

public final class GlobalIssueContext implements JiraContextNode {
    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    private GlobalIssueContext() {
    }

    public static GlobalIssueContext getInstance() {
        return INSTANCE;
    }
}
