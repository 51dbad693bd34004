/*
 * Stub of com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager (interface).
 * Checked against: blackducksoftware/blackduck-jira (Jira 7.4.5) BlackDuckIssueTypeSetup.java:174
 *   (getIssueTypeScreenScheme(Project)); the chain getIssueTypeScreenScheme(project).getEffectiveFieldScreenScheme(
 *   issueType).getFieldScreen(IssueOperations.CREATE_ISSUE_OPERATION) appears in public Jira 8 app code.
 * unverified: on Jira 10/11.
 */
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

public interface IssueTypeScreenSchemeManager {
    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);
}
