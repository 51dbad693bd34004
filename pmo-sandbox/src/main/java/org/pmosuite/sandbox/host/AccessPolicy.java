package org.pmosuite.sandbox.host;

import java.util.Optional;

import org.pmosuite.sandbox.data.SandboxUser;

/** Decides whether a user (or nobody) may reach something of an access level, with Jira's answers when not. */
public final class AccessPolicy {

    static final String NOT_AUTHENTICATED =
            "You are not authenticated. Authentication required to perform this operation.";

    /** Why a request was refused: 401 when logging in would help, 403 when it would not. */
    public record Denial(int status, String message) {
    }

    public Optional<Denial> check(AccessLevel level, Optional<SandboxUser> user) {
        if (level == AccessLevel.UNRESTRICTED || level == AccessLevel.ANONYMOUS_SITE) {
            return Optional.empty();
        }
        if (user.isEmpty()) {
            return Optional.of(new Denial(401, NOT_AUTHENTICATED));
        }
        SandboxUser who = user.get();
        return switch (level) {
            case UNLICENSED_SITE -> Optional.empty();
            case LICENSED -> who.licensed() ? Optional.empty()
                    : Optional.of(new Denial(403, who.displayName() + " has no licence for Jira, which this "
                            + "resource requires."));
            case ADMIN -> who.admin() || who.systemAdmin() ? Optional.empty()
                    : Optional.of(new Denial(403, "You must be a Jira administrator to access this resource."));
            case SYSTEM_ADMIN -> who.systemAdmin() ? Optional.empty()
                    : Optional.of(new Denial(403, "You must be a Jira system administrator to access this "
                            + "resource."));
            default -> Optional.empty();
        };
    }
}
