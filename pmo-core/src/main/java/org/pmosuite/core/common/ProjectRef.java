package org.pmosuite.core.common;

import java.util.Objects;

/**
 * A project as the PMO refers to it.
 *
 * @param id   the host's id for the project; unlike the key it never changes, so stored data refers to it
 * @param key  the project key people type, such as {@code PAY}
 * @param name the name shown to people
 */
public record ProjectRef(long id, String key, String name) {
    public ProjectRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
