/*
 * Stub of com.atlassian.jira.user.util.UserManager (interface).
 * Checked against: https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (Jira 6.3.15:
 *   `public interface UserManager`, "Simple user utilities ...") and
 *   https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/user/ApplicationUsers.html
 *   (ApplicationUsers.byKey is documented as shorthand for ComponentAccessor.getUserManager().getUserByKey(key)).
 * unverified: the getUserByKey row itself was past the truncated excerpt of the 6.3.15 page, and no Jira 7+/10/11
 *   UserManager page was found; `ApplicationUser getUserByKey(String userKey)` (returns null if not found) is the
 *   long-stable signature since Jira 6.0. Jira 11 use: atlassian-labs/atlassian-slack-integration-server at 94c50dc
 *   calls getUserByKey on this interface.
 *   getUserByName(String): `ApplicationUser getUserByName(String userName)`, null if not found, on the same 6.3.15
 *   page's method list and in Jira 7.x javadoc; unverified on Jira 10/11.
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
