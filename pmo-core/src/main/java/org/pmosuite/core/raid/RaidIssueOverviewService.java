package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueKeys;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;

/** Answers {@link RaidIssueOverview}s, for the issue view's RAID panel. */
public final class RaidIssueOverviewService {

    /** How many dependents an overview lists; the rest are a link to the register. */
    public static final int DEPENDENTS_SHOWN = 10;

    private final RaidEntries entries;
    private final RaidLogService raidLog;
    private final ScopeResolver scopeResolver;
    private final RiskMatrixService riskMatrices;

    public RaidIssueOverviewService(RaidEntries entries, RaidLogService raidLog, ScopeResolver scopeResolver,
            RiskMatrixService riskMatrices) {
        this.entries = entries;
        this.raidLog = raidLog;
        this.scopeResolver = scopeResolver;
        this.riskMatrices = riskMatrices;
    }

    /**
     * The overview of an issue; empty for a key that names no issue the actor may see.
     *
     * @param today the viewer's today, for "needs attention"
     * @throws RaidFieldsNotConfiguredException when the host has no RAID fields
     */
    public RaidIssueOverview overview(Actor actor, String issueKey, LocalDate today) {
        String key = IssueKeys.normalised(issueKey);
        if (!IssueKeys.isWellFormed(key)) {
            return new RaidIssueOverview(key, null, null, List.of(), 0);
        }
        Optional<RaidEntry> own = entries.find(actor, key);
        RaidLogRow row = null;
        EffectiveRiskMatrix matrix = null;
        if (own.isPresent()) {
            Optional<ProjectRef> project = browsable(actor, own.get().projectKey());
            if (project.isPresent()) {
                matrix = riskMatrices.forProject(project.get());
                row = RaidLogRow.of(own.get(), matrix.matrix(), today);
            }
        }
        RaidLogReport dependents = raidLog.page(actor, RaidLogQuery.parse(Map.of(
                RaidLogQuery.DEPENDS_ON, List.of(key),
                RaidLogQuery.SORT, List.of(RaidLogSort.PROXIMITY.jsonName()),
                RaidLogQuery.MAX_RESULTS, List.of(String.valueOf(DEPENDENTS_SHOWN)))), today);
        return new RaidIssueOverview(key, row, matrix, dependents.rows(), dependents.total());
    }

    private Optional<ProjectRef> browsable(Actor actor, String projectKey) {
        try {
            return Optional.of(scopeResolver.resolve(actor, List.of(projectKey)).get(0));
        } catch (ProjectNotVisibleException e) {
            return Optional.empty();
        }
    }
}
