package org.pmosuite.core.raid;

import java.util.List;
import java.util.Set;

import org.pmosuite.core.common.ProjectRef;

/**
 * A heat map together with what it covers, so that a reader always knows which projects are counted.
 *
 * @param projects the projects counted: only ones the actor may browse
 * @param types    the RAID types counted; empty means all
 * @param matrix   the risk matrix that applies to these projects, and where it comes from
 * @param heatMap  the counts, banded by that matrix
 */
public record RaidHeatMapReport(List<ProjectRef> projects, Set<RaidType> types, EffectiveRiskMatrix matrix,
        RaidHeatMap heatMap) {
    public RaidHeatMapReport {
        projects = List.copyOf(projects);
        types = Set.copyOf(types);
        if (!matrix.matrix().equals(heatMap.matrix())) {
            throw new IllegalArgumentException("the heat map is banded by another matrix than the report's");
        }
    }
}
