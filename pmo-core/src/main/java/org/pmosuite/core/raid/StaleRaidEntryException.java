package org.pmosuite.core.raid;

import java.time.Instant;

/**
 * A change of a RAID entry was based on an older state of the issue: someone saved it in between. Nothing was
 * written. Edges answer 409 with the current {@code updated}, so that the writer reloads instead of losing the
 * other person's change.
 */
public class StaleRaidEntryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The i18n key of the reason shown to people; its one argument is the current {@code updated}, ISO-8601. */
    public static final String MESSAGE_KEY = "pmo.raid.error.entry.stale";

    private final String issueKey;
    private final Instant expectedUpdated;
    private final Instant currentUpdated;

    public StaleRaidEntryException(String issueKey, Instant expectedUpdated, Instant currentUpdated) {
        super("stale write of " + issueKey + ": based on " + expectedUpdated + ", stored is " + currentUpdated);
        this.issueKey = issueKey;
        this.expectedUpdated = expectedUpdated;
        this.currentUpdated = currentUpdated;
    }

    public String issueKey() {
        return issueKey;
    }

    /** The {@code updated} the writer based its change on. */
    public Instant expectedUpdated() {
        return expectedUpdated;
    }

    /** The {@code updated} stored now. */
    public Instant currentUpdated() {
        return currentUpdated;
    }
}
