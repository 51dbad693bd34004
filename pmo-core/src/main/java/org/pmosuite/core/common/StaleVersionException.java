package org.pmosuite.core.common;

/**
 * A write named the version it was based on, and the stored record has moved on since: someone else saved first.
 * Nothing was written. Edges answer 409 so that the writer reloads instead of losing the other person's change.
 */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The i18n key of the reason shown to people; its one argument is the current version. */
    public static final String MESSAGE_KEY = "pmo.common.error.version.stale";

    private final long expectedVersion;
    private final long currentVersion;

    public StaleVersionException(long expectedVersion, long currentVersion) {
        super("stale write: based on version " + expectedVersion + ", stored version is " + currentVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /** The version the writer based its change on. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version stored now; 0 when nothing is stored. */
    public long currentVersion() {
        return currentVersion;
    }
}
