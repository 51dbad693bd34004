package org.pmosuite.core.raid;

import java.util.List;

import org.pmosuite.core.common.ProjectRef;

/**
 * A page of the RAID log or register, with what it was computed over.
 *
 * @param projects the projects covered: those requested, or every browsable one
 * @param matrix   the risk matrix bands and scores are read on: the project's own for one project, else the
 *                 portfolio default
 * @param total    how many entries match in all
 */
public record RaidLogReport(List<ProjectRef> projects, EffectiveRiskMatrix matrix, RaidLogQuery query,
        List<RaidLogRow> rows, long total, int startAt, int maxResults) {
    public RaidLogReport {
        projects = List.copyOf(projects);
        rows = List.copyOf(rows);
    }
}
