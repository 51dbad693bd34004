/*
 * Stub of com.atlassian.sal.api.user.UserManager (interface).
 * Checked against: implementing-class javadoc listing the interface methods:
 *   https://docs.atlassian.com/atlassian-crowd/6.2.2/com/atlassian/sal/crowd/user/DefaultUserManager.html (Crowd 6.2.2)
 *   and https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/sal/confluence/user/SetupUserManager.html
 *   (isAdmin(@Nullable UserKey), isSystemAdmin(@Nullable UserKey), getRemoteUser(HttpServletRequest) -> @Nullable UserProfile).
 * Those pages show javax.servlet; Platform 8 uses jakarta.servlet per RFC-77.
 *   unverified: no SAL 7 / Platform 8 page with jakarta signatures exists in the docs corpus.
 */
package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

public interface UserManager {
    UserProfile getRemoteUser(HttpServletRequest request);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
