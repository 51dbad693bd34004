/*
 * Stub of com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity (interface).
 * Checked against: the Jira 6.x/7.x source of IssueTypeScreenScheme (its entities) and blackducksoftware/blackduck-jira
 *   (Jira 7.4.5) IssueTypeScreenSchemeManagerMock; FieldScreenScheme getFieldScreenScheme().
 * unverified: on Jira 10/11.
 */
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;

public interface IssueTypeScreenSchemeEntity {
    FieldScreenScheme getFieldScreenScheme();
}
