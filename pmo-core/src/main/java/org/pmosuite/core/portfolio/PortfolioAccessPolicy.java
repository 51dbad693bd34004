package org.pmosuite.core.portfolio;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;

/**
 * Who may see and change a portfolio. Anyone who may browse one of its projects sees it, and only what they may
 * browse of it; PMO leads, Jira administrators and its owners see it always and change it; PMO leads and Jira
 * administrators create portfolios.
 */
public final class PortfolioAccessPolicy {

    private final ProjectAccess projectAccess;
    private final AdminAccess adminAccess;
    private final PmoLeadAccess pmoLeadAccess;

    public PortfolioAccessPolicy(ProjectAccess projectAccess, AdminAccess adminAccess, PmoLeadAccess pmoLeadAccess) {
        this.projectAccess = projectAccess;
        this.adminAccess = adminAccess;
        this.pmoLeadAccess = pmoLeadAccess;
    }

    public boolean mayCreate(Actor actor) {
        return pmoLeadAccess.isPmoLead(actor) || adminAccess.isAdministrator(actor);
    }

    public boolean mayChange(Actor actor, StoredPortfolio portfolio) {
        return mayCreate(actor) || portfolio.definition().ownerKeys().contains(actor.userKey());
    }

    public boolean maySee(Actor actor, StoredPortfolio portfolio) {
        return mayChange(actor, portfolio) || !visibleProjects(actor, portfolio).isEmpty();
    }

    /** The portfolio's projects the actor may browse, by key. */
    public List<ProjectRef> visibleProjects(Actor actor, StoredPortfolio portfolio) {
        Set<String> scope = portfolio.definition().scope().projectKeys();
        return projectAccess.browsableProjects(actor).stream()
                .filter(project -> scope.contains(project.key()))
                .toList();
    }

    /** The portfolio's scope narrowed to the projects the actor may browse; null when they browse none of them. */
    public PortfolioScope visibleScope(Actor actor, StoredPortfolio portfolio) {
        List<ProjectRef> projects = visibleProjects(actor, portfolio);
        if (projects.isEmpty()) {
            return null;
        }
        PortfolioScope scope = portfolio.definition().scope();
        return new PortfolioScope(projects.stream().map(ProjectRef::key).collect(Collectors.toSet()),
                scope.issueTypes(), scope.jql());
    }

    public List<ProjectRef> browsableProjects(Actor actor) {
        return projectAccess.browsableProjects(actor);
    }
}
