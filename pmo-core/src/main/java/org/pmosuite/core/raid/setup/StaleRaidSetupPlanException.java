package org.pmosuite.core.raid.setup;

/**
 * The plan an administrator approved is no longer what setup would do (someone changed the configuration since
 * the dry run); nothing was changed. Answered 409 with the current plan, to review again.
 */
public class StaleRaidSetupPlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reason shown to people; no arguments. */
    public static final String MESSAGE_KEY = "pmo.raid.setup.error.stale";

    private final transient RaidSetupPlan current;

    public StaleRaidSetupPlanException(RaidSetupPlan current) {
        super("the setup plan of " + current.project().key() + " changed; it is now " + current.fingerprint());
        this.current = current;
    }

    public RaidSetupPlan current() {
        return current;
    }
}
