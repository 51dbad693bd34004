package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;

/**
 * Answers the RAID log of one project and the register across projects, over browsable projects only, on the risk
 * matrix of that scope (as the heat map does, so that a heat map cell and the log it opens agree).
 */
public final class RaidLogService {

    private final RaidLog raidLog;
    private final ScopeResolver scopeResolver;
    private final RiskMatrixService riskMatrices;

    public RaidLogService(RaidLog raidLog, ScopeResolver scopeResolver, RiskMatrixService riskMatrices) {
        this.raidLog = raidLog;
        this.scopeResolver = scopeResolver;
        this.riskMatrices = riskMatrices;
    }

    /**
     * @param today the viewer's today, for "needs attention"
     * @throws org.pmosuite.core.common.ProjectNotVisibleException when the query names a project the actor may
     *                                                             not browse
     * @throws org.pmosuite.core.common.InvalidRequestException    when the query's cell lies off the scope's matrix
     * @throws RaidFieldsNotConfiguredException                    when the host has no RAID fields
     */
    public RaidLogReport page(Actor actor, RaidLogQuery query, LocalDate today) {
        Scoped scoped = scoped(actor, query);
        if (scoped.projects().isEmpty()) {
            return new RaidLogReport(scoped.projects(), scoped.matrix(), query, List.of(), 0, query.startAt(),
                    query.maxResults());
        }
        RiskMatrix m = scoped.matrix().matrix();
        RaidLogPage page = raidLog.page(actor, scoped.scope(), query, m, today);
        List<RaidLogRow> rows = page.entries().stream().map(e -> RaidLogRow.of(e, m, today)).toList();
        return new RaidLogReport(scoped.projects(), scoped.matrix(), query, rows, page.total(), page.startAt(),
                page.maxResults());
    }

    /**
     * Every entry the query matches, checked now and read later: the query is resolved and checked here, so that a
     * bad filter or a hidden project is refused before anything is written, and {@link Export#forEach} then streams
     * the rows, in the log's order, from the store.
     *
     * @throws org.pmosuite.core.common.ProjectNotVisibleException when the query names a project the actor may
     *                                                             not browse
     * @throws org.pmosuite.core.common.InvalidRequestException    when the query's cell lies off the scope's matrix
     */
    public Export export(Actor actor, RaidLogQuery query, LocalDate today) {
        Scoped scoped = scoped(actor, query);
        RiskMatrix m = scoped.matrix().matrix();
        if (!scoped.projects().isEmpty()) {
            raidLog.checkExport(actor, scoped.scope(), query, m, today);
        }
        return sink -> {
            if (!scoped.projects().isEmpty()) {
                raidLog.forEach(actor, scoped.scope(), query, m, today, e -> sink.accept(RaidLogRow.of(e, m, today)));
            }
        };
    }

    /** The rows of an export, read from the store when asked. */
    @FunctionalInterface
    public interface Export {
        /** @throws RaidFieldsNotConfiguredException when the host has no RAID fields */
        void forEach(Consumer<RaidLogRow> sink);
    }

    /**
     * The groups of the entries the query matches, each counted, projects named as the actor sees them; empty for a
     * query without a group.
     *
     * @throws org.pmosuite.core.common.ProjectNotVisibleException when the query names a project the actor may
     *                                                             not browse
     */
    public List<RaidLogGroup> groups(Actor actor, RaidLogQuery query, LocalDate today) {
        Scoped scoped = scoped(actor, query);
        if (scoped.projects().isEmpty() || query.group() == null) {
            return List.of();
        }
        Map<String, String> names = scoped.projects().stream()
                .collect(Collectors.toMap(ProjectRef::key, ProjectRef::name));
        return raidLog.groups(actor, scoped.scope(), query, scoped.matrix().matrix(), today).stream()
                .map(group -> query.group() == RaidLogGrouping.PROJECT ? group.named(names.get(group.key())) : group)
                .toList();
    }

    /**
     * How many entries need attention in the projects named (every browsable one when none), for a KPI.
     *
     * @throws org.pmosuite.core.common.ProjectNotVisibleException when a named project is not browsable
     */
    public long countNeedingAttention(Actor actor, List<String> projectKeys, LocalDate today) {
        List<ProjectRef> projects = scopeResolver.resolve(actor, projectKeys);
        if (projects.isEmpty()) {
            return 0;
        }
        return raidLog.countNeedingAttention(actor, scope(projects), riskMatrices.forScope(projects).matrix(), today);
    }

    /** The projects a query covers and their matrix, the query checked against it. */
    private record Scoped(List<ProjectRef> projects, EffectiveRiskMatrix matrix) {
        IssueScope scope() {
            return RaidLogService.scope(projects);
        }
    }

    private Scoped scoped(Actor actor, RaidLogQuery query) {
        List<ProjectRef> projects = scopeResolver.resolve(actor, query.projectKeys());
        EffectiveRiskMatrix matrix = riskMatrices.forScope(projects);
        query.checkedAgainst(matrix.matrix());
        return new Scoped(projects, matrix);
    }

    private static IssueScope scope(List<ProjectRef> projects) {
        Set<String> keys = projects.stream().map(ProjectRef::key).collect(Collectors.toSet());
        return IssueScope.ofProjects(keys);
    }
}
