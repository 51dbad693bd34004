package org.pmosuite.core.raid;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;

/**
 * Answers "where is our exposure?" for one project or a whole portfolio, over browsable projects only, on the risk
 * matrix configured for that scope.
 */
public final class RaidHeatMapService {

    private final RaidFacts raidFacts;
    private final ScopeResolver scopeResolver;
    private final RiskMatrixService riskMatrices;

    public RaidHeatMapService(RaidFacts raidFacts, ScopeResolver scopeResolver, RiskMatrixService riskMatrices) {
        this.raidFacts = raidFacts;
        this.scopeResolver = scopeResolver;
        this.riskMatrices = riskMatrices;
    }

    /**
     * @throws RaidFieldsNotConfiguredException when the host has no RAID fields to count by
     * @throws org.pmosuite.core.common.ProjectNotVisibleException when the query names a project the actor may
     *                                                             not browse
     */
    public RaidHeatMapReport heatMap(Actor actor, RaidHeatMapQuery query) {
        List<ProjectRef> projects = scopeResolver.resolve(actor, query.projectKeys());
        EffectiveRiskMatrix matrix = riskMatrices.forScope(projects);
        List<RaidCellCount> counts = List.of();
        if (!projects.isEmpty()) {
            Set<String> keys = projects.stream().map(ProjectRef::key).collect(Collectors.toSet());
            counts = raidFacts.openEntriesByRating(actor, IssueScope.ofProjects(keys), query.types());
        }
        return new RaidHeatMapReport(projects, query.types(), matrix, RaidHeatMap.of(matrix.matrix(), counts));
    }
}
