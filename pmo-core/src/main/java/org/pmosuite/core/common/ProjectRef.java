package org.pmosuite.core.common;

import java.util.Objects;

/** A project as the PMO refers to it: its key and its name. */
public record ProjectRef(String key, String name) {
    public ProjectRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
