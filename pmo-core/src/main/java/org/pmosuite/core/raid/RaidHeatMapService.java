package org.pmosuite.core.raid;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;

/** Answers "where is our exposure?" for one project or a whole portfolio, over browsable projects only. */
public final class RaidHeatMapService {

    private final RaidFacts raidFacts;
    private final ScopeResolver scopeResolver;

    public RaidHeatMapService(RaidFacts raidFacts, ScopeResolver scopeResolver) {
        this.raidFacts = raidFacts;
        this.scopeResolver = scopeResolver;
    }

    /**
     * @throws RaidFieldsNotConfiguredException when the host has no RAID fields to count by
     * @throws org.pmosuite.core.common.ProjectNotVisibleException when the query names a project the actor may
     *                                                             not browse
     */
    public RaidHeatMapReport heatMap(Actor actor, RaidHeatMapQuery query) {
        List<ProjectRef> projects = scopeResolver.resolve(actor, query.projectKeys());
        if (projects.isEmpty()) {
            return new RaidHeatMapReport(projects, query.types(), RaidHeatMap.of(query.size(), List.of()));
        }
        Set<String> keys = projects.stream().map(ProjectRef::key).collect(Collectors.toSet());
        List<RaidCellCount> counts = raidFacts.openEntriesByRating(actor, IssueScope.ofProjects(keys),
                query.types());
        return new RaidHeatMapReport(projects, query.types(), RaidHeatMap.of(query.size(), counts));
    }
}
