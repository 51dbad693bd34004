/*
 * Stub of com.atlassian.jira.security.PermissionManager (interface, @PublicApi).
 * Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html
 *   (Jira 7.x tree, 2002-2017): `Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user)`.
 * unverified: hasPermission(ProjectPermissionKey, Project, ApplicationUser) was not in the excerpt returned
 *   (the page summary was truncated before it); signature from the long-stable Jira 7+ API. No Jira 10/11 class page found.
 * hasPermission(ProjectPermissionKey, Issue, ApplicationUser), which applies issue security: Jira 11 use in
 *   atlassian-labs/atlassian-slack-integration-server at 94c50dc, web/rest/IssuePanelResource.java:116 and
 *   service/notification/PersonalNotificationManager.java:126 (with ProjectPermissions.BROWSE_PROJECTS).
 * Deviation: real interface extends JiraManager (not stubbed).
 */
package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

public interface PermissionManager {
    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, com.atlassian.jira.issue.Issue issue,
            ApplicationUser user);
}
