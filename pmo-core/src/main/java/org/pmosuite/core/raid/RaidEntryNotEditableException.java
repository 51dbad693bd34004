package org.pmosuite.core.raid;

/**
 * The actor may see where they want to write but may not write there: they lack the host's permission to create
 * issues in the project or to edit the issue. Edges answer 403.
 */
public class RaidEntryNotEditableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The i18n key of the reason shown to people; its one argument is the project or issue key. */
    public static final String MESSAGE_KEY = "pmo.raid.error.entry.noteditable";

    private final String key;

    /** @param key the project key of a creation, or the issue key of an update */
    public RaidEntryNotEditableException(String key) {
        super("not editable: " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
