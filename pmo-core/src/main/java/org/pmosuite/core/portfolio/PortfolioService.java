package org.pmosuite.core.portfolio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.UserDirectory;

/** Portfolios: which the actor sees, and creating, changing and deleting them. */
public final class PortfolioService {

    private final PortfolioRepository repository;
    private final PortfolioAccessPolicy access;
    private final InitiativeSource source;
    private final Clock clock;
    private final UserDirectory users;

    public PortfolioService(PortfolioRepository repository, PortfolioAccessPolicy access, InitiativeSource source,
            UserDirectory users, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
        this.source = source;
        this.users = users;
    }

    /** The portfolios the actor sees, by name. */
    public List<StoredPortfolio> portfolios(Actor actor) {
        return repository.portfolios().stream().filter(portfolio -> access.maySee(actor, portfolio)).toList();
    }

    /** @throws PortfolioNotFoundException when there is none by this id that the actor sees */
    public StoredPortfolio portfolio(Actor actor, long id) {
        return repository.portfolio(id).filter(portfolio -> access.maySee(actor, portfolio))
                .orElseThrow(() -> new PortfolioNotFoundException("portfolio " + id));
    }

    /** Whether the actor may change this portfolio (and rank it). */
    public boolean mayChange(Actor actor, StoredPortfolio portfolio) {
        return access.mayChange(actor, portfolio);
    }

    public boolean mayCreate(Actor actor) {
        return access.mayCreate(actor);
    }

    /**
     * @throws PortfolioForbiddenException unless the actor is a PMO lead or a Jira administrator
     * @throws org.pmosuite.core.common.InvalidRequestException listing every problem of the draft
     */
    public StoredPortfolio create(Actor actor, PortfolioDraft draft) {
        if (!access.mayCreate(actor)) {
            throw new PortfolioForbiddenException(PortfolioForbiddenException.CREATE);
        }
        PortfolioDefinition definition = draft.validate(hostProblems(actor, draft));
        try {
            return repository.create(definition, actor);
        } catch (DuplicatePortfolioNameException e) {
            throw duplicateName(definition.name());
        }
    }

    /**
     * @throws org.pmosuite.core.common.StaleVersionException when someone changed the portfolio since
     *                                                        {@code expectedVersion}
     */
    public StoredPortfolio update(Actor actor, long id, PortfolioDraft draft, long expectedVersion) {
        StoredPortfolio current = changeable(actor, id);
        PortfolioDefinition definition = keepHiddenProjects(actor, current, draft.validate(hostProblems(actor, draft)));
        try {
            return repository.update(current.id(), definition, expectedVersion, actor,
                    AuditEntry.ofPortfolio(id, clock.instant(), actor.userKey(), AuditAction.PORTFOLIO_CHANGED,
                            definition.scoring().model().name(), ""));
        } catch (DuplicatePortfolioNameException e) {
            throw duplicateName(definition.name());
        }
    }

    /**
     * The keys of the portfolio's projects the actor may browse: the only ones an answer to them names. A change
     * they send back keeps the others (see {@link #update}).
     */
    public Set<String> visibleProjectKeys(Actor actor, StoredPortfolio portfolio) {
        return access.visibleProjects(actor, portfolio).stream().map(ProjectRef::key)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The projects of the stored scope the actor may not browse stay in it: they were never shown to them. */
    private PortfolioDefinition keepHiddenProjects(Actor actor, StoredPortfolio current, PortfolioDefinition changed) {
        Set<String> browsable = access.browsableProjects(actor).stream().map(ProjectRef::key)
                .collect(Collectors.toSet());
        Set<String> projects = new java.util.TreeSet<>(changed.scope().projectKeys());
        current.definition().scope().projectKeys().stream().filter(key -> !browsable.contains(key))
                .forEach(projects::add);
        if (projects.equals(changed.scope().projectKeys())) {
            return changed;
        }
        return changed.withScope(new PortfolioScope(projects, changed.scope().issueTypes(), changed.scope().jql()));
    }

    public void delete(Actor actor, long id, long expectedVersion) {
        changeable(actor, id);
        repository.delete(id, expectedVersion);
    }

    /** The portfolio, when the actor may change it. */
    StoredPortfolio changeable(Actor actor, long id) {
        StoredPortfolio portfolio = portfolio(actor, id);
        if (!access.mayChange(actor, portfolio)) {
            throw new PortfolioForbiddenException(PortfolioForbiddenException.CHANGE);
        }
        return portfolio;
    }

    /**
     * What only the host knows is wrong: projects the actor may not browse (named as unknown, so a hidden project
     * looks exactly like a missing one), and what the initiative source refuses of the scope.
     */
    private List<FieldError> hostProblems(Actor actor, PortfolioDraft draft) {
        List<FieldError> problems = new ArrayList<>();
        Set<String> browsable = access.browsableProjects(actor).stream().map(ProjectRef::key)
                .collect(Collectors.toSet());
        List<String> unknown = draft.projectKeys().stream().filter(key -> !browsable.contains(key)).toList();
        if (!unknown.isEmpty()) {
            problems.add(FieldError.of("scope.projects", "pmo.portfolio.error.scope.projects.unknown",
                    String.join(", ", unknown)));
        }
        Set<String> known = draft.projectKeys().stream().filter(browsable::contains)
                .collect(Collectors.toSet());
        if (!known.isEmpty() && !draft.issueTypeNames().isEmpty()
                && (draft.jql() == null || draft.jql().length() <= PortfolioDraft.MAX_JQL_LENGTH)) {
            problems.addAll(source.checkScope(actor, new PortfolioScope(known, draft.issueTypeNames(), draft.jql())));
        }
        List<String> owners = draft.ownerKeys();
        if (!owners.isEmpty() && owners.size() <= PortfolioDraft.MAX_OWNERS) {
            Set<String> existing = users.displayNames(owners).keySet();
            List<String> nobody = owners.stream().filter(owner -> !existing.contains(owner)).toList();
            if (!nobody.isEmpty()) {
                problems.add(FieldError.of("owners", "pmo.portfolio.error.owners.unknown", String.join(", ", nobody)));
            }
        }
        return problems;
    }

    private static org.pmosuite.core.common.InvalidRequestException duplicateName(String name) {
        return new org.pmosuite.core.common.InvalidRequestException(
                List.of(FieldError.of("name", "pmo.portfolio.error.name.taken", name)));
    }
}
