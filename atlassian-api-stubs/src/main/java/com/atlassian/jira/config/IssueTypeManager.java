/*
 * Stub of com.atlassian.jira.config.IssueTypeManager (interface, @PublicApi). Only the members the app calls.
 * Checked against: Jira 11 atlassian-labs/atlassian-slack-integration-server at 94c50dc imports it with
 *   @ComponentImport (service/ComponentImports.java:10, :100); createIssueType(String name, String description,
 *   Long avatarId) is called by igsl-group/Octopus_Jira ConfigMigration/.../issuetype/IssueTypeUtil.java:79 (Jira
 *   8.21); getIssueTypes() in https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/config/IssueTypeManager.html.
 * unverified: both members on Jira 10/11. Only the Long overload is stubbed, so a call is never ambiguous.
 */
package com.atlassian.jira.config;

import java.util.Collection;

import com.atlassian.jira.issue.issuetype.IssueType;

public interface IssueTypeManager {
    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);
}
