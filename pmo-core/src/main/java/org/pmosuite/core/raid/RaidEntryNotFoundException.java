package org.pmosuite.core.raid;

/**
 * The actor asked about a RAID entry that does not exist or that they may not see. The two cases are deliberately
 * indistinguishable, so that an issue's existence never leaks. Edges answer 404.
 */
public class RaidEntryNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The i18n key of the reason shown to people; its one argument is the issue key. */
    public static final String MESSAGE_KEY = "pmo.raid.error.entry.notfound";

    private final String issueKey;

    public RaidEntryNotFoundException(String issueKey) {
        super("RAID entry not found: " + issueKey);
        this.issueKey = issueKey;
    }

    public String issueKey() {
        return issueKey;
    }
}
