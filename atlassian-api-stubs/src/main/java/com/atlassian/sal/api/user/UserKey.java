/*
 * Stub of com.atlassian.sal.api.user.UserKey (final value class).
 * Checked against: https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html (SAL 3.0.4 source):
 *   `public final class UserKey implements Serializable`, `public UserKey(@Nonnull String userkey)`,
 *   `@Nonnull public String getStringValue()` - all match. unverified: SAL 5-7 (no newer page found).
 */
package com.atlassian.sal.api.user;

import java.io.Serializable;

public final class UserKey implements Serializable {
    public UserKey(String userkey) {
        throw new UnsupportedOperationException("stub");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("stub");
    }
}
