package org.pmosuite.core.common;

import java.util.Objects;

/**
 * The person a question is answered for. What an actor may see is decided by {@link ProjectAccess}, never by
 * the caller.
 *
 * @param userKey     the host's stable user key
 * @param displayName the name shown to people
 */
public record Actor(String userKey, String displayName) {
    public Actor {
        Objects.requireNonNull(userKey, "userKey");
        if (userKey.isBlank()) {
            throw new IllegalArgumentException("userKey must not be blank");
        }
        displayName = displayName == null || displayName.isBlank() ? userKey : displayName;
    }
}
