/*
 * Stub of com.atlassian.jira.permission.ProjectPermissions.
 * Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 *   (Jira 7.x tree, "Copyright 2002-2017"; newest core-Jira class page found in the docs corpus):
 *   `public class ProjectPermissions extends Object`, public no-arg constructor,
 *   `public static final ProjectPermissionKey BROWSE_PROJECTS`, `ADMINISTER_PROJECTS`, and `EDIT_ISSUES` (the
 *   "Edit issues" permission the portfolio checks before writing scoring inputs) on the same page;
 *   `CREATE_ISSUES` (who may request an initiative through a portfolio's intake) on the same page, and used as
 *   `permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user)` and
 *   `permissionManager.getProjects(ProjectPermissions.CREATE_ISSUES, user)` in public Jira apps (code corpus).
 * unverified: Jira 10/11 class page not in the corpus (only the 11.3.0 overview page is).
 * NOTE: BROWSE_PROJECTS is an object (not a compile-time constant), so javac does not inline it: at runtime the value
 * is read from Jira's own class. The stub initialiser is null on purpose and never runs inside Jira.
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = null;
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = null;
    public static final ProjectPermissionKey EDIT_ISSUES = null;
    public static final ProjectPermissionKey CREATE_ISSUES = null;

    public ProjectPermissions() {
    }
}
