package org.pmosuite.core.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.StaleVersionException;

/**
 * A fake {@link PortfolioRepository} for domain tests; it passes {@link PortfolioRepositoryContract}. Thread-safe:
 * every method holds the repository's lock, so each write is atomic as a database transaction would make it.
 */
public final class InMemoryPortfolioRepository implements PortfolioRepository {

    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at)
            .thenComparingLong(AuditEntry::id).reversed();

    private final Clock clock;
    private long nextId = 1;
    private final Map<Long, StoredPortfolio> portfolios = new HashMap<>();
    /** By portfolio, then by issue id. */
    private final Map<Long, Map<Long, RankPlacement>> placements = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final Map<Long, Scenario> scenarios = new HashMap<>();
    private final Map<Long, IntakeRequest> intake = new HashMap<>();

    public InMemoryPortfolioRepository(Clock clock) {
        this.clock = clock;
    }

    public InMemoryPortfolioRepository() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized List<StoredPortfolio> portfolios() {
        return portfolios.values().stream()
                .sorted(Comparator.comparing(StoredPortfolio::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(StoredPortfolio::id))
                .toList();
    }

    @Override
    public synchronized Optional<StoredPortfolio> portfolio(long id) {
        return Optional.ofNullable(portfolios.get(id));
    }

    @Override
    public synchronized StoredPortfolio create(PortfolioDefinition definition, Actor by) {
        checkNameFree(definition.name(), 0);
        long id = nextId++;
        Instant now = now();
        StoredPortfolio stored = new StoredPortfolio(id, definition, 1, 0, by.userKey(), now);
        portfolios.put(id, stored);
        append(AuditEntry.ofPortfolio(id, now, by.userKey(), AuditAction.PORTFOLIO_CREATED, "", ""), id);
        return stored;
    }

    @Override
    public synchronized StoredPortfolio update(long id, PortfolioDefinition definition, long expectedVersion, Actor by,
            AuditEntry auditEntry) {
        StoredPortfolio current = portfolios.get(id);
        checkVersion(current == null ? 0 : current.version(), expectedVersion, current != null);
        checkNameFree(definition.name(), id);
        checkAudit(auditEntry, id);
        StoredPortfolio updated = new StoredPortfolio(id, definition, expectedVersion + 1, current.rankVersion(),
                by.userKey(), now());
        portfolios.put(id, updated);
        append(auditEntry, id);
        return updated;
    }

    @Override
    public synchronized void delete(long id, long expectedVersion) {
        StoredPortfolio current = portfolios.get(id);
        if (current == null && expectedVersion == 0) {
            return;
        }
        checkVersion(current == null ? 0 : current.version(), expectedVersion, current != null);
        portfolios.remove(id);
        placements.remove(id);
        audit.removeIf(entry -> entry.portfolioId() == id);
        scenarios.values().removeIf(scenario -> scenario.portfolioId() == id);
        intake.values().removeIf(request -> request.portfolioId() == id);
    }

    @Override
    public synchronized Map<Long, RankPlacement> placements(long portfolioId, Set<Long> projectIds) {
        Map<Long, RankPlacement> found = new HashMap<>();
        placements.getOrDefault(portfolioId, Map.of()).forEach((issueId, placement) -> {
            if (projectIds.contains(placement.projectId())) {
                found.put(issueId, placement);
            }
        });
        return found;
    }

    @Override
    public synchronized Map<Long, RankPlacement> placementsOf(long portfolioId, Set<Long> issueIds) {
        Map<Long, RankPlacement> found = new HashMap<>();
        placements.getOrDefault(portfolioId, Map.of()).forEach((issueId, placement) -> {
            if (issueIds.contains(issueId)) {
                found.put(issueId, placement);
            }
        });
        return found;
    }

    @Override
    public synchronized Map<Long, RankPlacement> placementsAt(long portfolioId, double position) {
        double wanted = position == 0.0 ? 0.0 : position; // one zero, as in RankKey
        Map<Long, RankPlacement> found = new HashMap<>();
        placements.getOrDefault(portfolioId, Map.of()).forEach((issueId, placement) -> {
            if (placement.moved() && Double.compare(placement.key().position(), wanted) == 0) {
                found.put(issueId, placement);
            }
        });
        return found;
    }

    @Override
    public synchronized long place(long portfolioId, long issueId, RankPlacement placement,
            long expectedRankVersion, AuditEntry auditEntry) {
        if (placement.issueId() != issueId) {
            throw new IllegalArgumentException("the placement is of issue " + placement.issueId() + ", not " + issueId);
        }
        StoredPortfolio current = checkRankVersion(portfolioId, expectedRankVersion);
        checkAudit(auditEntry, portfolioId);
        Map<Long, RankPlacement> ofPortfolio = placements.computeIfAbsent(portfolioId, id -> new HashMap<>());
        if (placement.moved() || placement.forcing() != Forcing.NONE) {
            ofPortfolio.put(issueId, placement);
        } else {
            ofPortfolio.remove(issueId);
        }
        return advanceRank(current, auditEntry);
    }

    @Override
    public synchronized long rebalance(long portfolioId, Map<Long, RankKey> keys, long expectedRankVersion,
            AuditEntry auditEntry) {
        StoredPortfolio current = checkRankVersion(portfolioId, expectedRankVersion);
        checkAudit(auditEntry, portfolioId);
        Map<Long, RankPlacement> ofPortfolio = placements.computeIfAbsent(portfolioId, id -> new HashMap<>());
        for (Long issueId : keys.keySet()) {
            if (!ofPortfolio.containsKey(issueId)) {
                throw new IllegalArgumentException("issue " + issueId + " has no placement to rebalance");
            }
        }
        keys.forEach((issueId, key) -> {
            RankPlacement old = ofPortfolio.get(issueId);
            ofPortfolio.put(issueId, new RankPlacement(issueId, old.projectId(), key, old.forcing(), old.by(),
                    old.at(), old.reason()));
        });
        return advanceRank(current, auditEntry);
    }

    @Override
    public synchronized List<AuditEntry> audit(long portfolioId, Set<Long> projectIds, int startAt, int maxResults) {
        checkPage(startAt, maxResults);
        return visibleAudit(portfolioId, projectIds).stream().sorted(NEWEST_FIRST).skip(startAt).limit(maxResults)
                .toList();
    }

    @Override
    public synchronized long auditCount(long portfolioId, Set<Long> projectIds) {
        return visibleAudit(portfolioId, projectIds).size();
    }

    @Override
    public synchronized List<Scenario> scenarios(long portfolioId) {
        return scenarios.values().stream().filter(scenario -> scenario.portfolioId() == portfolioId)
                .sorted(Comparator.comparing(Scenario::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Scenario::id))
                .toList();
    }

    @Override
    public synchronized Optional<Scenario> scenario(long portfolioId, long scenarioId) {
        return Optional.ofNullable(scenarios.get(scenarioId)).filter(s -> s.portfolioId() == portfolioId);
    }

    @Override
    public synchronized Scenario saveScenario(Scenario scenario, long expectedVersion) {
        long portfolioId = scenario.portfolioId();
        if (scenario.id() == 0) {
            checkVersion(0, expectedVersion, true);
            if (!portfolios.containsKey(portfolioId)) {
                throw new IllegalArgumentException("no portfolio " + portfolioId);
            }
        } else {
            Scenario current = scenario(portfolioId, scenario.id()).orElse(null);
            checkVersion(current == null ? 0 : current.version(), expectedVersion, current != null);
        }
        boolean taken = scenarios.values().stream().anyMatch(other -> other.portfolioId() == portfolioId
                && other.id() != scenario.id() && other.name().equalsIgnoreCase(scenario.name()));
        if (taken) {
            throw new DuplicatePortfolioNameException(scenario.name());
        }
        Scenario current = scenarios.get(scenario.id());
        long id = scenario.id() == 0 ? nextId++ : scenario.id();
        Scenario saved = new Scenario(id, portfolioId, scenario.name(), scenario.scoring(), scenario.capacity(),
                scenario.forcings(), expectedVersion + 1, current == null ? scenario.createdBy() : current.createdBy(),
                current == null ? scenario.createdAt() : current.createdAt());
        scenarios.put(id, saved);
        return saved;
    }

    @Override
    public synchronized void deleteScenario(long portfolioId, long scenarioId, long expectedVersion) {
        Scenario current = scenario(portfolioId, scenarioId).orElse(null);
        if (current == null && expectedVersion == 0) {
            return;
        }
        checkVersion(current == null ? 0 : current.version(), expectedVersion, current != null);
        scenarios.remove(scenarioId);
    }

    @Override
    public synchronized List<IntakeRequest> intakeRequests(long portfolioId, Set<IntakeState> states) {
        return intake.values().stream()
                .filter(request -> request.portfolioId() == portfolioId && states.contains(request.state()))
                .sorted(Comparator.comparing(IntakeRequest::requestedAt).thenComparingLong(IntakeRequest::id)
                        .reversed())
                .toList();
    }

    @Override
    public synchronized Optional<IntakeRequest> intakeRequest(long portfolioId, long requestId) {
        return Optional.ofNullable(intake.get(requestId)).filter(request -> request.portfolioId() == portfolioId);
    }

    @Override
    public synchronized IntakeRequest createIntakeRequest(IntakeRequest request) {
        if (!portfolios.containsKey(request.portfolioId())) {
            throw new IllegalArgumentException("no portfolio " + request.portfolioId());
        }
        long id = nextId++;
        IntakeRequest created = new IntakeRequest(id, request.portfolioId(), request.title(), request.businessCase(),
                request.sponsor(), request.inputs(), request.state(), request.requestedBy(), request.requestedAt(), 1,
                request.decisions(), request.issueKey());
        intake.put(id, created);
        return created;
    }

    @Override
    public synchronized IntakeRequest decideIntakeRequest(long portfolioId, long requestId, IntakeDecision decision,
            String issueKey, long expectedVersion, AuditEntry auditEntry) {
        IntakeRequest current = intakeRequest(portfolioId, requestId).orElse(null);
        checkVersion(current == null ? 0 : current.version(), expectedVersion, current != null);
        checkAudit(auditEntry, portfolioId);
        List<IntakeDecision> decisions = new ArrayList<>(current.decisions());
        decisions.add(decision);
        IntakeRequest decided = new IntakeRequest(requestId, portfolioId, current.title(), current.businessCase(),
                current.sponsor(), current.inputs(), decision.outcome(), current.requestedBy(),
                current.requestedAt(), expectedVersion + 1, decisions,
                decision.outcome() == IntakeState.ACCEPTED ? issueKey : current.issueKey());
        intake.put(requestId, decided);
        append(auditEntry, portfolioId);
        return decided;
    }

    @Override
    public synchronized IntakeRequest linkIntakeIssue(long portfolioId, long requestId, String issueKey,
            long expectedVersion) {
        IntakeRequest current = intakeRequest(portfolioId, requestId).orElse(null);
        checkVersion(current == null ? 0 : current.version(), expectedVersion, current != null);
        IntakeRequest linked = new IntakeRequest(requestId, portfolioId, current.title(), current.businessCase(),
                current.sponsor(), current.inputs(), current.state(), current.requestedBy(), current.requestedAt(),
                expectedVersion + 1, current.decisions(), issueKey);
        intake.put(requestId, linked);
        return linked;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void checkNameFree(String name, long exceptId) {
        for (StoredPortfolio other : portfolios.values()) {
            if (other.id() != exceptId && other.name().equalsIgnoreCase(name)) {
                throw new DuplicatePortfolioNameException(name);
            }
        }
    }

    private static void checkVersion(long currentVersion, long expectedVersion, boolean exists) {
        if (!exists || currentVersion != expectedVersion) {
            throw new StaleVersionException(expectedVersion, currentVersion);
        }
    }

    private StoredPortfolio checkRankVersion(long portfolioId, long expectedRankVersion) {
        StoredPortfolio current = portfolios.get(portfolioId);
        checkVersion(current == null ? 0 : current.rankVersion(), expectedRankVersion, current != null);
        return current;
    }

    private long advanceRank(StoredPortfolio current, AuditEntry auditEntry) {
        long next = current.rankVersion() + 1;
        portfolios.put(current.id(), new StoredPortfolio(current.id(), current.definition(), current.version(), next,
                current.updatedBy(), current.updatedAt()));
        append(auditEntry, current.id());
        return next;
    }

    private static void checkAudit(AuditEntry auditEntry, long portfolioId) {
        if (auditEntry.portfolioId() != portfolioId) {
            throw new IllegalArgumentException("the audit entry is of portfolio " + auditEntry.portfolioId()
                    + ", not " + portfolioId);
        }
    }

    private void append(AuditEntry entry, long portfolioId) {
        audit.add(new AuditEntry(nextId++, portfolioId, entry.at(), entry.actorKey(), entry.action(),
                entry.issueId(), entry.issueKey(), entry.projectId(), entry.detail(), entry.reason()));
    }

    private List<AuditEntry> visibleAudit(long portfolioId, Set<Long> projectIds) {
        return audit.stream().filter(entry -> entry.portfolioId() == portfolioId
                && (entry.projectId() == null || projectIds.contains(entry.projectId()))).toList();
    }

    static void checkPage(int startAt, int maxResults) {
        if (startAt < 0 || maxResults < 0) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 0 or more entries");
        }
    }
}
