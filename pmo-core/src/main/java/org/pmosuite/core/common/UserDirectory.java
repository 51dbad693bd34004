package org.pmosuite.core.common;

import java.util.Collection;
import java.util.Map;

/** Port: the users the host knows, by user key, as Jira's user directory holds them. */
public interface UserDirectory {

    /**
     * The display names of those of these user keys that belong to a user, by key; a key of nobody (never a user,
     * or deleted) is left out. Blank and null keys are ignored.
     */
    Map<String, String> displayNames(Collection<String> userKeys);
}
