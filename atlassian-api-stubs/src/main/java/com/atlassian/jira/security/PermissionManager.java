/*
 * Stub of com.atlassian.jira.security.PermissionManager (interface, @PublicApi).
 * Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html
 *   (Jira 7.x tree, 2002-2017): `Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user)`.
 * unverified: hasPermission(ProjectPermissionKey, Project, ApplicationUser) was not in the excerpt returned
 *   (the page summary was truncated before it); signature from the long-stable Jira 7+ API. No Jira 10/11 class page found.
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
}
