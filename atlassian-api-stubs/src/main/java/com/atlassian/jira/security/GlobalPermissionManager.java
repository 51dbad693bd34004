/*
 * Stub of com.atlassian.jira.security.GlobalPermissionManager (interface, @PublicApi): who holds a global permission,
 * Jira's own or one an app declares with a <global-permission> module. Only the member the app calls.
 * Checked against: Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc (jira-api 11.0.0):
 *   imported with @ComponentImport (jira-slack-server-integration/.../service/ComponentImports.java:23, :104) and
 *   called as `globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, applicationUser)` returning
 *   boolean (web/rest/IssuePanelResource.java:157, web/rest/ProjectConfigurationResource.java:176).
 *   Jira 7 says to use this manager, not PermissionManager, for global permissions
 *   (https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html).
 * Deviation: the real interface has more members (groups, the permission types); not stubbed.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
