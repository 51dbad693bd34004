/*
 * Stub of com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager (interface). Only the members the
 * app calls.
 * Checked against: blackducksoftware/blackduck-jira (Jira 7.4.5) src/test/java/.../mocks/IssueTypeSchemeManagerMock
 *   .java, which implements the real interface: getConfigScheme(Project) :79, getIssueTypesForProject(Project) :123,
 *   update(FieldConfigScheme, Collection<String>) :159; BlackDuckIssueTypeSetup.java:134-160 adds issue types to a
 *   project's scheme with exactly these calls.
 * unverified: every member on Jira 10/11 (FieldConfigScheme itself is seen in JSW 10.7.3).
 */
package com.atlassian.jira.issue.fields.config.manager;

import java.util.Collection;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

public interface IssueTypeSchemeManager {
    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);

    /** Sets the scheme's issue types to exactly these ids. */
    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);
}
