/*
 * Stub of com.atlassian.sal.api.user.UserProfile (interface).
 * Checked against: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/user/UserProfile.html
 * unverified: page not returned by search; members long-stable (SAL 2.10+).
 */
package com.atlassian.sal.api.user;

public interface UserProfile {
    UserKey getUserKey();

    String getUsername();
}
