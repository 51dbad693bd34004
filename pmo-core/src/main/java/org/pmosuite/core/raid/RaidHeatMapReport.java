package org.pmosuite.core.raid;

import java.util.List;
import java.util.Set;

import org.pmosuite.core.common.ProjectRef;

/**
 * A heat map together with what it covers, so that a reader always knows which projects are counted.
 *
 * @param projects the projects counted: only ones the actor may browse
 * @param types    the RAID types counted; empty means all
 * @param heatMap  the matrix
 */
public record RaidHeatMapReport(List<ProjectRef> projects, Set<RaidType> types, RaidHeatMap heatMap) {
    public RaidHeatMapReport {
        projects = List.copyOf(projects);
        types = Set.copyOf(types);
    }
}
