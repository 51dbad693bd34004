/*
 * Stub of com.atlassian.sal.api.user.UserKey (final value class).
 * Checked against: https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html (SAL 3.0.4 source):
 *   `public final class UserKey implements Serializable`, `public UserKey(@Nonnull String userkey)`,
 *   `@Nonnull public String getStringValue()` - all match. unverified: SAL 5-7 (no newer page found).
 * Deviation: the stub holds its value (equal by it), so that tests can build one; in Jira the real class answers.
 */
package com.atlassian.sal.api.user;

import java.io.Serializable;

public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey key && key.userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
