/*
 * Stub of com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme (interface).
 * Checked against: the Jira 6.x/7.x source of the interface (FieldScreenScheme getEffectiveFieldScreenScheme(
 *   IssueType) since 6.2, falling back to the default entry; IssueTypeScreenSchemeEntity getEntity(String
 *   issueTypeId), null id for the default entry); igsl-group/Octopus_Jira (Jira 8.21) IssueTypeScreenSchemeDTO.java:55.
 * unverified: on Jira 10/11.
 */
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;

public interface IssueTypeScreenScheme {
    FieldScreenScheme getEffectiveFieldScreenScheme(IssueType type);

    /** The entry for an issue type id; with null, the default entry every other type uses. */
    IssueTypeScreenSchemeEntity getEntity(String issueTypeId);
}
