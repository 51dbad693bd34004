package org.pmosuite.jira.raid.field;

/** The template parameter of a RAID select list: its {@link RaidFieldOption}s, in order. */
final class RaidSelectOptions {

    static final String OPTIONS = "raidOptions";

    private RaidSelectOptions() {
    }
}
