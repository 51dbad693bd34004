package org.pmosuite.core.raid.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;

/**
 * Enables RAID for a project: a dry run lists every change ({@link #plan}), and applying makes exactly those
 * changes ({@link #apply}), once. Only the project's administrators (and Jira administrators) do either.
 */
public final class RaidSetupService {

    private final RaidSetupHost host;
    private final ScopeResolver scopeResolver;
    private final AdminAccess adminAccess;

    public RaidSetupService(RaidSetupHost host, ScopeResolver scopeResolver, AdminAccess adminAccess) {
        this.host = host;
        this.scopeResolver = scopeResolver;
        this.adminAccess = adminAccess;
    }

    /**
     * The dry run: what applying would change, changing nothing.
     *
     * @throws InvalidRequestException      when no project is named
     * @throws ProjectNotVisibleException   when the actor may not browse the project
     * @throws RaidSetupForbiddenException  when the actor does not administer it
     */
    public RaidSetupPlan plan(Actor actor, String projectKey) {
        ProjectRef project = administered(actor, projectKey);
        return RaidSetupPlan.of(project, host.state(project), browsable(actor));
    }

    /**
     * Applies the plan the actor reviewed, if it is still what setup would do.
     *
     * @param fingerprint the {@link RaidSetupPlan#fingerprint()} of the reviewed dry run
     * @throws StaleRaidSetupPlanException when the plan changed since; nothing is changed
     * @throws InvalidRequestException     when the project or the fingerprint is missing
     * @see #plan for the other refusals
     */
    public RaidSetupReport apply(Actor actor, String projectKey, String fingerprint) {
        ProjectRef project = administered(actor, projectKey);
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new InvalidRequestException(List.of(FieldError.of("fingerprint",
                    "pmo.raid.setup.error.fingerprint")));
        }
        Set<Long> browsable = browsable(actor);
        RaidSetupPlan plan = RaidSetupPlan.of(project, host.state(project), browsable);
        if (!plan.fingerprint().equals(fingerprint.trim())) {
            throw new StaleRaidSetupPlanException(plan);
        }
        List<RaidSetupChange> applied = new ArrayList<>();
        for (RaidSetupChange change : plan.changes()) {
            host.apply(actor, project, change);
            applied.add(change);
        }
        return new RaidSetupReport(project, applied, RaidSetupPlan.of(project, host.state(project), browsable));
    }

    private Set<Long> browsable(Actor actor) {
        return scopeResolver.resolve(actor, List.of()).stream().map(ProjectRef::id).collect(Collectors.toSet());
    }

    private ProjectRef administered(Actor actor, String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            throw new InvalidRequestException(List.of(FieldError.of("project", "pmo.common.error.project.blank")));
        }
        ProjectRef project = scopeResolver.resolve(actor, List.of(projectKey)).get(0);
        if (!adminAccess.administersProject(actor, project)) {
            throw new RaidSetupForbiddenException(project.key());
        }
        return project;
    }
}
