package org.pmosuite.core.raid.setup;

import java.util.List;

import org.pmosuite.core.common.ProjectRef;

/**
 * What one run of RAID setup changed, exactly, and what a dry run now finds left (nothing, unless the host refused
 * part of a change without failing).
 */
public record RaidSetupReport(ProjectRef project, List<RaidSetupChange> applied, RaidSetupPlan remaining) {

    public RaidSetupReport {
        applied = List.copyOf(applied);
    }
}
