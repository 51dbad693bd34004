package org.pmosuite.core.raid.setup;

/** The actor may browse the project but does not administer it; answered 403 with the reason. */
public class RaidSetupForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reason shown to people; its argument is the project key. */
    public static final String MESSAGE_KEY = "pmo.raid.setup.error.forbidden";

    private final String projectKey;

    public RaidSetupForbiddenException(String projectKey) {
        super("not an administrator of " + projectKey);
        this.projectKey = projectKey;
    }

    public String projectKey() {
        return projectKey;
    }
}
