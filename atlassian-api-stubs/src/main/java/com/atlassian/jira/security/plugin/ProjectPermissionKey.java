/*
 * Stub of com.atlassian.jira.security.plugin.ProjectPermissionKey.
 * Checked against: no ProjectPermissionKey class page was returned by the docs corpus; it is the declared type of
 *   ProjectPermissions.BROWSE_PROJECTS and of PermissionManager.getProjects(...) on
 *   https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (Jira 7.x).
 * unverified: final class with ctor (String) and permissionKey().
 */
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {
    public ProjectPermissionKey(String permissionKey) {
        throw new UnsupportedOperationException("stub");
    }

    public String permissionKey() {
        throw new UnsupportedOperationException("stub");
    }
}
