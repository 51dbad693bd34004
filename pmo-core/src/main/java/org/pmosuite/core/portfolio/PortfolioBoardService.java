package org.pmosuite.core.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.StaleVersionException;
import org.pmosuite.core.portfolio.scoring.Score;
import org.pmosuite.core.portfolio.scoring.ScoreExplanation;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.core.portfolio.scoring.ScoringModel;
import org.pmosuite.core.portfolio.scoring.ScoringModels;

/**
 * The ranked board of a portfolio, and the PMO leads' manual decisions on it. Everything is computed over the
 * initiatives the viewer may see: ranks, running totals and the cut line never count a hidden one.
 *
 * <p>A move, a forcing or a reset reads only the initiatives it names and writes one placement and one audit
 * entry, against the board's rank version: a move made on a board someone changed since is refused as stale. The
 * one exception: a move into a gap so crowded that its key would pass {@link RankKey#crowded()} first rewrites the
 * keys of the placements crowded at that position ({@link RankRebalance}, one row each, with a
 * {@link AuditAction#RANKS_REBALANCED} entry and a rank version of its own), in the same order, and then moves. It
 * happens about once in several hundred moves into one gap, and the board looks the same after it.
 *
 * <p>Reads: the whole board comes from the viewer's snapshot of the portfolio's initiatives
 * ({@link InitiativeSnapshots}) when one is kept, and the placements and the portfolio itself are read from the
 * repository on every request, so moves, forcing and definition changes show at once. A move, a forcing, a reset,
 * an explanation and an inputs edit read the initiatives they name from the source, never from a snapshot. An
 * inputs edit forgets the snapshots of every portfolio whose scope holds the initiative's project
 * ({@link BoardFreshness}), and a refresh those of the portfolio.
 */
public final class PortfolioBoardService {

    private final PortfolioService portfolios;
    private final PortfolioRepository repository;
    private final PortfolioAccessPolicy access;
    private final InitiativeSource source;
    private final InitiativeSnapshots snapshots;
    private final BoardFreshness freshness;
    private final Clock clock;

    public PortfolioBoardService(PortfolioService portfolios, PortfolioRepository repository,
            PortfolioAccessPolicy access, InitiativeSource source, InitiativeSnapshots snapshots,
            BoardFreshness freshness, Clock clock) {
        this.portfolios = portfolios;
        this.repository = repository;
        this.access = access;
        this.source = source;
        this.snapshots = snapshots;
        this.freshness = freshness;
        this.clock = clock;
    }

    public BoardPage board(Actor actor, long portfolioId, BoardQuery query) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        InitiativeSnapshots.Snapshot snapshot = visibleSnapshot(actor, portfolio);
        Ranking ranking = rank(portfolio, snapshot.initiatives());
        List<RankedInitiative> kept = new ArrayList<>();
        Map<String, Integer> projects = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> themes = new TreeMap<>();
        Map<String, String> owners = new TreeMap<>();
        int unscored = 0;
        for (RankedInitiative item : ranking.items()) {
            Initiative initiative = item.initiative();
            projects.merge(initiative.project().key(), 1, Integer::sum);
            statuses.merge(initiative.status(), 1, Integer::sum);
            if (initiative.theme() != null) {
                themes.merge(initiative.theme(), 1, Integer::sum);
            }
            if (initiative.ownerKey() != null) {
                owners.putIfAbsent(initiative.ownerKey(),
                        initiative.ownerName() == null ? initiative.ownerKey() : initiative.ownerName());
            }
            if (!item.score().computed()) {
                unscored++;
            }
            if (query.keeps(item)) {
                kept.add(item);
            }
        }
        int from = Math.min(query.startAt(), kept.size());
        int to = Math.min(kept.size(), from + query.maxResults());
        return new BoardPage(portfolio, access.mayChange(actor, portfolio), kept.subList(from, to), kept.size(),
                ranking.items().size(), unscored, ranking.cutLine(),
                new BoardFacets(projects, statuses, themes, owners), query.startAt(), query.maxResults(),
                snapshot.readAt());
    }

    /**
     * Reads the portfolio's initiatives from Jira again on every viewer's next request, for what the app does not
     * hear of (an edit in Jira's own issue screen, a transition, a new issue). Anyone who sees the portfolio may.
     */
    public void refresh(Actor actor, long portfolioId) {
        freshness.portfolioChanged(portfolios.portfolio(actor, portfolioId).id());
    }

    /**
     * Every row the filters keep, in rank order, for an export: the whole board the actor sees, not a page.
     */
    public Export export(Actor actor, long portfolioId, BoardQuery filters) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        Ranking ranking = ranking(actor, portfolio);
        List<RankedInitiative> kept = ranking.items().stream().filter(filters::keeps).toList();
        return new Export(portfolio, kept, ranking.cutLine(), ScoringModels.of(portfolio.definition().scoring()));
    }

    /**
     * What an export writes.
     *
     * @param portfolio the portfolio
     * @param rows      the kept rows in rank order
     * @param cutLine   the cut line of the whole board the actor sees
     * @param model     the model, to explain each row's score
     */
    public record Export(StoredPortfolio portfolio, List<RankedInitiative> rows, CutLine cutLine,
            ScoringModel model) {
        public Export {
            rows = List.copyOf(rows);
        }
    }

    /** The whole board the actor sees, ranked under the portfolio's own scoring and capacity. */
    public Ranking ranking(Actor actor, StoredPortfolio portfolio) {
        return rank(portfolio, visibleInitiatives(actor, portfolio));
    }

    private Ranking rank(StoredPortfolio portfolio, List<Initiative> initiatives) {
        Map<Long, RankPlacement> placements = initiatives.isEmpty() ? Map.of()
                : repository.placements(portfolio.id(), projectIds(initiatives));
        return PortfolioRanking.rank(initiatives, portfolio.definition().scoring(),
                portfolio.definition().capacity(), placements, Map.of());
    }

    /**
     * Every initiative of the portfolio the actor sees: the actor's snapshot of it when one is kept, else read page by
     * page and kept. The snapshot's key holds the actor and the scope as narrowed to what they may browse, so a
     * snapshot is never another viewer's, and a changed scope is read afresh at once.
     */
    List<Initiative> visibleInitiatives(Actor actor, StoredPortfolio portfolio) {
        return visibleSnapshot(actor, portfolio).initiatives();
    }

    private InitiativeSnapshots.Snapshot visibleSnapshot(Actor actor, StoredPortfolio portfolio) {
        PortfolioScope scope = access.visibleScope(actor, portfolio);
        if (scope == null) {
            return new InitiativeSnapshots.Snapshot(List.of(), clock.instant());
        }
        InitiativeSnapshots.Key key = new InitiativeSnapshots.Key(portfolio.id(), snapshots.generation(portfolio.id()),
                actor.userKey(), scope);
        InitiativeSnapshots.Snapshot kept = snapshots.find(key);
        if (kept != null) {
            return kept;
        }
        Instant readAt = clock.instant();
        InitiativeSnapshots.Snapshot read = new InitiativeSnapshots.Snapshot(read(actor, scope), readAt);
        snapshots.keep(key, read);
        return read;
    }

    /** Every initiative of the scope the actor sees, read from the source page by page. */
    private List<Initiative> read(Actor actor, PortfolioScope scope) {
        List<Initiative> all = new ArrayList<>();
        SharedValues shared = new SharedValues();
        long after = 0;
        while (true) {
            List<Initiative> page = source.page(actor, scope, after, InitiativeSource.MAX_PAGE);
            page.forEach(initiative -> all.add(shared.of(initiative)));
            if (page.size() < InitiativeSource.MAX_PAGE) {
                return all;
            }
            after = page.get(page.size() - 1).issueId();
        }
    }

    Map<Long, RankPlacement> placements(StoredPortfolio portfolio, List<Initiative> initiatives) {
        return initiatives.isEmpty() ? Map.of() : repository.placements(portfolio.id(), projectIds(initiatives));
    }

    /**
     * Moves one initiative between two others.
     *
     * @return the board's new rank version (two more than expected when the gap was rebalanced first)
     * @throws StaleVersionException when the board changed since {@code move.expectedRankVersion()}
     * @throws BoardChangedException when the neighbours no longer rank in that order
     * @throws RankGapExhaustedException when even a rebalance leaves no room between the neighbours
     */
    public long move(Actor actor, long portfolioId, RankMove move) {
        StoredPortfolio portfolio = portfolios.changeable(actor, portfolioId);
        List<FieldError> errors = new ArrayList<>();
        checkReason(move.reason(), errors);
        Initiative moved = initiative(actor, portfolio, move.issueKey(), "issueKey", errors);
        Initiative above = move.aboveKey() == null || move.aboveKey().isBlank() ? null
                : initiative(actor, portfolio, move.aboveKey(), "above", errors);
        Initiative below = move.belowKey() == null || move.belowKey().isBlank() ? null
                : initiative(actor, portfolio, move.belowKey(), "below", errors);
        if (errors.isEmpty() && above == null && below == null) {
            errors.add(FieldError.of("above", "pmo.portfolio.error.move.no-neighbour"));
        }
        if (errors.isEmpty() && (same(moved, above) || same(moved, below) || same(above, below))) {
            errors.add(FieldError.of("issueKey", "pmo.portfolio.error.move.same"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        requireRankVersion(portfolio, move.expectedRankVersion());
        Set<Long> ids = new LinkedHashSet<>();
        for (Initiative initiative : new Initiative[] {moved, above, below}) {
            if (initiative != null) {
                ids.add(initiative.issueId());
            }
        }
        Map<Long, RankPlacement> placements = repository.placementsOf(portfolio.id(), ids);
        ScoringModel model = ScoringModels.of(portfolio.definition().scoring());
        RankKey aboveKey = above == null ? null : keyOf(above, placements, model);
        RankKey belowKey = below == null ? null : keyOf(below, placements, model);
        RankKey key = keyBetween(aboveKey, belowKey);
        long rankVersion = move.expectedRankVersion();
        if (key == null || key.crowded()) {
            // The rare case: respace the gap's placements first, in a write of its own, then move into it.
            double position = belowKey != null ? belowKey.position() : aboveKey.position();
            Set<Long> neighbours = new LinkedHashSet<>();
            if (above != null) {
                neighbours.add(above.issueId());
            }
            if (below != null) {
                neighbours.add(below.issueId());
            }
            Map<Long, RankKey> respaced = RankRebalance.respace(
                    repository.placementsAt(portfolio.id(), position).values(), position, neighbours);
            if (!respaced.isEmpty()) {
                rankVersion = repository.rebalance(portfolio.id(), respaced, rankVersion,
                        AuditEntry.ofPortfolio(portfolio.id(), clock.instant(), actor.userKey(),
                                AuditAction.RANKS_REBALANCED, "", ""));
                aboveKey = above == null ? null : respaced.getOrDefault(above.issueId(), aboveKey);
                belowKey = below == null ? null : respaced.getOrDefault(below.issueId(), belowKey);
                key = keyBetween(aboveKey, belowKey);
            }
            if (key == null) {
                throw new RankGapExhaustedException();
            }
        }
        RankPlacement current = placements.get(moved.issueId());
        RankPlacement placement = new RankPlacement(moved.issueId(), moved.project().id(), key,
                current == null ? Forcing.NONE : current.forcing(), actor.userKey(), clock.instant(),
                reason(move.reason()));
        // The neighbours stay out of the audit log: a reader may see the moved initiative and not them.
        String detail = above == null ? "top" : below == null ? "bottom" : "";
        return repository.place(portfolio.id(), moved.issueId(), placement, rankVersion,
                AuditEntry.ofInitiative(portfolio.id(), placement.at(), actor.userKey(), AuditAction.RANK_MOVED,
                        moved, detail, placement.reason()));
    }

    /**
     * Forces an initiative in or out of funding, or clears its forcing ({@link Forcing#NONE}).
     *
     * @return the board's new rank version
     */
    public long force(Actor actor, long portfolioId, String issueKey, Forcing forcing, String reason,
            long expectedRankVersion) {
        StoredPortfolio portfolio = portfolios.changeable(actor, portfolioId);
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        Initiative initiative = initiative(actor, portfolio, issueKey, "issueKey", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        requireRankVersion(portfolio, expectedRankVersion);
        RankPlacement current = repository.placementsOf(portfolio.id(), Set.of(initiative.issueId()))
                .get(initiative.issueId());
        RankPlacement placement = new RankPlacement(initiative.issueId(), initiative.project().id(),
                current == null ? null : current.key(), forcing, actor.userKey(), clock.instant(), reason(reason));
        AuditAction action = switch (forcing) {
            case IN -> AuditAction.FORCED_IN;
            case OUT -> AuditAction.FORCED_OUT;
            case NONE -> AuditAction.FORCING_CLEARED;
        };
        return repository.place(portfolio.id(), initiative.issueId(), placement, expectedRankVersion,
                AuditEntry.ofInitiative(portfolio.id(), placement.at(), actor.userKey(), action, initiative, "",
                        placement.reason()));
    }

    /** Returns a moved initiative to its score's place. */
    public long resetRank(Actor actor, long portfolioId, String issueKey, String reason, long expectedRankVersion) {
        StoredPortfolio portfolio = portfolios.changeable(actor, portfolioId);
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        Initiative initiative = initiative(actor, portfolio, issueKey, "issueKey", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        requireRankVersion(portfolio, expectedRankVersion);
        RankPlacement current = repository.placementsOf(portfolio.id(), Set.of(initiative.issueId()))
                .get(initiative.issueId());
        RankPlacement placement = new RankPlacement(initiative.issueId(), initiative.project().id(), null,
                current == null ? Forcing.NONE : current.forcing(), actor.userKey(), clock.instant(), reason(reason));
        return repository.place(portfolio.id(), initiative.issueId(), placement, expectedRankVersion,
                AuditEntry.ofInitiative(portfolio.id(), placement.at(), actor.userKey(), AuditAction.RANK_RESET,
                        initiative, "", placement.reason()));
    }

    /** One initiative's score under the portfolio's model, with its explanation. */
    public ExplainedScore explain(Actor actor, long portfolioId, String issueKey) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        Initiative initiative = visibleInitiative(actor, portfolio, issueKey)
                .orElseThrow(() -> new PortfolioNotFoundException("initiative " + issueKey));
        ScoringModel model = ScoringModels.of(portfolio.definition().scoring());
        return new ExplainedScore(initiative, model.score(initiative.inputs()), model.explain(initiative.inputs()));
    }

    /**
     * Writes scoring inputs back to the issue, as the actor (Jira's edit permission applies), and answers the new
     * score.
     */
    public ExplainedScore updateInputs(Actor actor, long portfolioId, String issueKey,
            Map<ScoringInput, Double> values, Set<ScoringInput> cleared) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        PortfolioScope scope = access.visibleScope(actor, portfolio);
        Initiative initiative = visibleInitiative(actor, portfolio, issueKey)
                .orElseThrow(() -> new PortfolioNotFoundException("initiative " + issueKey));
        ScoringInputs proposed = ScoringInputs.of(values);
        List<FieldError> errors = new ArrayList<>(proposed.errors());
        for (ScoringInput input : cleared) {
            if (values.containsKey(input)) {
                errors.add(FieldError.of(input.fieldName(), "pmo.portfolio.error.input.set-and-cleared"));
            }
        }
        if (values.isEmpty() && cleared.isEmpty()) {
            errors.add(FieldError.of("inputs", "pmo.portfolio.error.input.nothing"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Initiative updated;
        try {
            updated = source.updateInputs(actor, scope, initiative.issueKey(), proposed, cleared);
        } finally {
            // Also when the host refused a value: Jira may have written part of it.
            freshness.initiativeWrittenIn(initiative.project().key());
        }
        ScoringModel model = ScoringModels.of(portfolio.definition().scoring());
        return new ExplainedScore(updated, model.score(updated.inputs()), model.explain(updated.inputs()));
    }

    /** The portfolio's audit log as the actor may see it: entries about hidden initiatives are left out. */
    public AuditPage audit(Actor actor, long portfolioId, int startAt, int maxResults) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        Set<Long> projectIds = new LinkedHashSet<>();
        access.visibleProjects(actor, portfolio).forEach(project -> projectIds.add(project.id()));
        return new AuditPage(repository.audit(portfolio.id(), projectIds, startAt, maxResults),
                repository.auditCount(portfolio.id(), projectIds), startAt, maxResults);
    }

    /** An initiative of the portfolio the actor sees, by key. */
    Optional<Initiative> visibleInitiative(Actor actor, StoredPortfolio portfolio, String issueKey) {
        PortfolioScope scope = access.visibleScope(actor, portfolio);
        if (scope == null || issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        return source.find(actor, scope, issueKey.strip());
    }

    private Initiative initiative(Actor actor, StoredPortfolio portfolio, String issueKey, String field,
            List<FieldError> errors) {
        Optional<Initiative> found = visibleInitiative(actor, portfolio, issueKey);
        if (found.isEmpty()) {
            errors.add(FieldError.of(field, "pmo.portfolio.error.initiative.unknown",
                    issueKey == null ? "" : issueKey.strip()));
            return null;
        }
        return found.get();
    }

    /** A key between the two, or null when that gap has no room left; neighbours out of order changed the board. */
    private static RankKey keyBetween(RankKey above, RankKey below) {
        try {
            return RankKey.between(above, below);
        } catch (RankGapExhaustedException full) {
            return null;
        } catch (IllegalArgumentException outOfOrder) {
            throw new BoardChangedException();
        }
    }

    private static RankKey keyOf(Initiative initiative, Map<Long, RankPlacement> placements, ScoringModel model) {
        RankPlacement placement = placements.get(initiative.issueId());
        if (placement != null && placement.moved()) {
            return placement.key();
        }
        Score score = model.score(initiative.inputs());
        return RankKey.unmoved(score.computed() ? score.value().getAsDouble() : null, initiative.issueId());
    }

    private static void requireRankVersion(StoredPortfolio portfolio, long expected) {
        if (portfolio.rankVersion() != expected) {
            throw new StaleVersionException(expected, portfolio.rankVersion());
        }
    }

    private static void checkReason(String reason, List<FieldError> errors) {
        if (reason != null && reason.length() > AuditEntry.MAX_REASON_LENGTH) {
            errors.add(FieldError.of("reason", "pmo.portfolio.error.reason.too-long", AuditEntry.MAX_REASON_LENGTH));
        }
    }

    private static String reason(String reason) {
        return reason == null ? "" : reason.strip();
    }

    private static boolean same(Initiative a, Initiative b) {
        return a != null && b != null && a.issueId() == b.issueId();
    }

    private static Set<Long> projectIds(List<Initiative> initiatives) {
        Map<Long, Boolean> ids = new HashMap<>();
        for (Initiative initiative : initiatives) {
            ids.putIfAbsent(initiative.project().id(), Boolean.TRUE);
        }
        return ids.keySet();
    }

    /**
     * An initiative's score and why.
     *
     * @param initiative  the initiative as stored
     * @param score       its score
     * @param explanation the formula, inputs and steps
     */
    public record ExplainedScore(Initiative initiative, Score score, ScoreExplanation explanation) {
    }

    /**
     * A page of the audit log.
     *
     * @param entries    newest first
     * @param total      how many entries the actor may see in all
     * @param startAt    the first entry's position
     * @param maxResults the page size asked for
     */
    public record AuditPage(List<AuditEntry> entries, long total, int startAt, int maxResults) {
        public AuditPage {
            entries = List.copyOf(entries);
        }
    }
}
