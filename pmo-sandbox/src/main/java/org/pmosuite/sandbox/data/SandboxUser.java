package org.pmosuite.sandbox.data;

import org.pmosuite.core.common.Actor;

/**
 * A demo user of the sandbox, with the global rights the access annotations ask about.
 *
 * @param browsesAll whether a permission scheme lets this user browse every project
 */
public record SandboxUser(String key, String displayName, String email, boolean licensed, boolean admin,
        boolean systemAdmin, boolean browsesAll) {

    public Actor actor() {
        return new Actor(key, displayName);
    }
}
