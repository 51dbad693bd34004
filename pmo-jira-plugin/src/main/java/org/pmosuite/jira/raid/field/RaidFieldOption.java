package org.pmosuite.jira.raid.field;

/**
 * One choice of a RAID field's select list, as its edit template reads it: the stored value and the label shown.
 * Bean getters only, each in the descriptor's velocity allowlist.
 */
public final class RaidFieldOption {

    private final String value;
    private final String label;

    public RaidFieldOption(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
