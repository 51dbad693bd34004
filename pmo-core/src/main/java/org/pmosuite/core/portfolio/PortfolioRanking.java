package org.pmosuite.core.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pmosuite.core.portfolio.scoring.MoscowCategory;
import org.pmosuite.core.portfolio.scoring.Score;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringModel;
import org.pmosuite.core.portfolio.scoring.ScoringModelType;
import org.pmosuite.core.portfolio.scoring.ScoringModels;

/**
 * Ranks initiatives and draws the capacity cut line. Each initiative stands at its {@link RankKey}: where a PMO lead
 * moved it, else at its score; equal keys rank by issue id, so the order is total and the same on every node.
 *
 * <p>The cut line: initiatives forced in take capacity first; then, in rank order, each scored and estimated
 * initiative is funded while it fits in what is left. The first one that does not fit draws the line, and
 * everything after it is below. Under MoSCoW, an initiative whose category has used its capped share of the
 * capacity is skipped ({@link Funding#OVER_CATEGORY_CAP}) and the line goes on. Unscored and unestimated
 * initiatives are never funded by rank; forcing them in funds them.
 */
public final class PortfolioRanking {

    private PortfolioRanking() {
    }

    /**
     * @param initiatives      the initiatives the viewer sees
     * @param scoring          the scoring to rank by
     * @param capacity         the capacity to cut at
     * @param placements       the PMO leads' placements, by issue id
     * @param forcingOverrides forcing that replaces the placements' (a scenario's), by issue id
     */
    public static Ranking rank(Collection<Initiative> initiatives, ScoringConfiguration scoring, Capacity capacity,
            Map<Long, RankPlacement> placements, Map<Long, Forcing> forcingOverrides) {
        Entry[] entries = sorted(initiatives, scoring, placements);
        Cut cut = cut(entries, scoring, capacity, forcingOverrides);
        List<RankedInitiative> items = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            items.add(cut.item(i));
        }
        return new Ranking(items, cut.line);
    }

    /**
     * The scenario beside the baseline: every initiative in the scenario's order, with its place in both and whether
     * it crosses the cut line. Both rankings are kept as arrays; only the page asked for becomes rows. A scenario
     * with the baseline's scoring ranks in the baseline's order (forcing and capacity move only the cut line), so
     * the portfolio is then scored and sorted once.
     *
     * @param changedOnly keep only rows whose rank or funding differs
     */
    public static ScenarioComparison compare(Collection<Initiative> initiatives, PortfolioDefinition definition,
            Scenario scenario, Map<Long, RankPlacement> placements, boolean changedOnly, int startAt,
            int maxResults) {
        ScoringConfiguration trialScoring = scenario.scoring() == null ? definition.scoring() : scenario.scoring();
        Capacity trialCapacity = scenario.capacity() == null ? definition.capacity() : scenario.capacity();
        Entry[] before = sorted(initiatives, definition.scoring(), placements);
        Entry[] after = trialScoring.equals(definition.scoring()) ? before
                : sorted(initiatives, trialScoring, placements);
        Cut baseline = cut(before, definition.scoring(), definition.capacity(), Map.of());
        Cut trial = cut(after, trialScoring, trialCapacity, scenario.forcings());
        int[] baselinePlace = new int[before.length];
        for (int place = 0; place < before.length; place++) {
            baselinePlace[before[place].index] = place;
        }
        int entering = 0;
        int leaving = 0;
        int up = 0;
        int down = 0;
        int matching = 0;
        List<ScenarioComparison.Row> rows = new ArrayList<>(Math.min(maxResults, after.length));
        for (int place = 0; place < after.length; place++) {
            int was = baselinePlace[after[place].index];
            Funding wasFunded = baseline.funding[was];
            Funding isFunded = trial.funding[place];
            ScenarioComparison.Change change = wasFunded.funded()
                    ? (isFunded.funded() ? ScenarioComparison.Change.STAYS_FUNDED : ScenarioComparison.Change.LEAVES)
                    : (isFunded.funded() ? ScenarioComparison.Change.ENTERS
                            : ScenarioComparison.Change.STAYS_UNFUNDED);
            if (change == ScenarioComparison.Change.ENTERS) {
                entering++;
            } else if (change == ScenarioComparison.Change.LEAVES) {
                leaving++;
            }
            if (place < was) {
                up++;
            } else if (place > was) {
                down++;
            }
            if (!changedOnly || place != was || wasFunded != isFunded) {
                if (matching >= startAt && rows.size() < maxResults) {
                    rows.add(new ScenarioComparison.Row(baseline.item(was), trial.item(place), change));
                }
                matching++;
            }
        }
        Map<String, Forcing> visibleForcings = new HashMap<>();
        if (!scenario.forcings().isEmpty()) {
            for (Entry entry : before) {
                Forcing forcing = scenario.forcings().get(entry.initiative.issueId());
                if (forcing != null) {
                    visibleForcings.put(entry.initiative.issueKey(), forcing);
                }
            }
        }
        return new ScenarioComparison(scenario, baseline.line, trial.line, entering, leaving, up, down, rows,
                matching, startAt, maxResults, visibleForcings);
    }

    /** Scores every initiative and sorts them in rank order. */
    private static Entry[] sorted(Collection<Initiative> initiatives, ScoringConfiguration scoring,
            Map<Long, RankPlacement> placements) {
        ScoringModel model = ScoringModels.of(scoring);
        Entry[] entries = new Entry[initiatives.size()];
        int index = 0;
        for (Initiative initiative : initiatives) {
            Score score = model.score(initiative.inputs());
            RankPlacement placement = placements.isEmpty() ? null : placements.get(initiative.issueId());
            RankKey moved = placement != null && placement.moved() ? placement.key() : null;
            double position = moved != null ? moved.position()
                    : score.computed() ? score.value().getAsDouble() + 0.0 : Double.NEGATIVE_INFINITY;
            entries[index] = new Entry(index, initiative, score, position, moved, placement);
            index++;
        }
        Arrays.sort(entries, PortfolioRanking::inRankOrder);
        return entries;
    }

    /**
     * {@link RankKey}'s order, then the issue id, without building the keys of unmoved initiatives: their tiebreak
     * is their issue id in fixed-width digits, so between two of them the ids' order is the tiebreaks' order.
     */
    private static int inRankOrder(Entry a, Entry b) {
        int byPosition = Double.compare(b.position, a.position);
        if (byPosition != 0) {
            return byPosition;
        }
        if (a.moved != null || b.moved != null) {
            int byTiebreak = a.tiebreak().compareTo(b.tiebreak());
            if (byTiebreak != 0) {
                return byTiebreak;
            }
        }
        return Long.compare(a.initiative.issueId(), b.initiative.issueId());
    }

    private static Cut cut(Entry[] entries, ScoringConfiguration scoring, Capacity capacity,
            Map<Long, Forcing> forcingOverrides) {
        Cut cut = new Cut(entries);
        boolean overridden = !forcingOverrides.isEmpty();
        double forcedIn = 0;
        Map<MoscowCategory, Double> categoryUsed = new EnumMap<>(MoscowCategory.class);
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            Forcing own = entry.placement == null ? Forcing.NONE : entry.placement.forcing();
            Forcing forcing = overridden ? forcingOverrides.getOrDefault(entry.initiative.issueId(), own) : own;
            Double estimate = entry.initiative.estimates().in(capacity.unit());
            cut.forcing[i] = forcing;
            cut.estimate[i] = estimate;
            if (forcing == Forcing.IN && estimate != null) {
                forcedIn += estimate;
                addToCategory(entry, estimate, categoryUsed);
            }
        }
        boolean capped = scoring.model() == ScoringModelType.MOSCOW;
        double used = forcedIn;
        boolean lineDrawn = false;
        int lastAboveLine = entries.length;
        int funded = 0;
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            Double estimate = cut.estimate[i];
            Funding funding;
            if (cut.forcing[i] == Forcing.IN) {
                funding = Funding.FORCED_IN;
            } else if (cut.forcing[i] == Forcing.OUT) {
                funding = Funding.FORCED_OUT;
            } else if (!entry.score.computed()) {
                funding = Funding.NOT_SCORED;
            } else if (estimate == null) {
                funding = Funding.NOT_ESTIMATED;
            } else if (lineDrawn) {
                funding = Funding.BELOW_CUT_LINE;
            } else if (capped && overCap(entry, estimate, scoring, capacity, categoryUsed)) {
                funding = Funding.OVER_CATEGORY_CAP;
            } else if (used + estimate > capacity.amount()) {
                funding = Funding.BELOW_CUT_LINE;
                lineDrawn = true;
                lastAboveLine = i;
            } else {
                funding = Funding.FUNDED;
                used += estimate;
                addToCategory(entry, estimate, categoryUsed);
            }
            if (funding.funded()) {
                funded++;
            }
            cut.funding[i] = funding;
            cut.runningTotal[i] = used;
        }
        cut.line = new CutLine(capacity, used, forcedIn, funded, lastAboveLine, forcedIn > capacity.amount());
        return cut;
    }

    private static boolean overCap(Entry entry, double estimate, ScoringConfiguration scoring, Capacity capacity,
            Map<MoscowCategory, Double> categoryUsed) {
        Optional<MoscowCategory> category = category(entry);
        if (category.isEmpty()) {
            return false;
        }
        double share = capacity.amount() * scoring.capPercent(category.get()) / 100;
        return categoryUsed.getOrDefault(category.get(), 0.0) + estimate > share;
    }

    private static void addToCategory(Entry entry, double estimate, Map<MoscowCategory, Double> categoryUsed) {
        category(entry).ifPresent(category -> categoryUsed.merge(category, estimate, Double::sum));
    }

    private static Optional<MoscowCategory> category(Entry entry) {
        var value = entry.initiative.inputs().get(ScoringInput.MOSCOW);
        return value.isPresent() ? MoscowCategory.ofValue(value.getAsDouble()) : Optional.empty();
    }

    /**
     * One initiative, scored.
     *
     * @param index    its place in the initiatives given
     * @param position its key's position
     * @param moved    its placement's key when a PMO lead moved it, else null
     */
    private record Entry(int index, Initiative initiative, Score score, double position, RankKey moved,
            RankPlacement placement) {

        String tiebreak() {
            return moved != null ? moved.tiebreak() : RankKey.unmovedTiebreak(initiative.issueId());
        }

    }

    /** A ranking's cut line, as arrays by place; {@link #item} makes one place a {@link RankedInitiative}. */
    private static final class Cut {
        final Entry[] entries;
        final Forcing[] forcing;
        final Double[] estimate;
        final Funding[] funding;
        final double[] runningTotal;
        CutLine line;

        Cut(Entry[] entries) {
            this.entries = entries;
            this.forcing = new Forcing[entries.length];
            this.estimate = new Double[entries.length];
            this.funding = new Funding[entries.length];
            this.runningTotal = new double[entries.length];
        }

        RankedInitiative item(int place) {
            Entry entry = entries[place];
            return new RankedInitiative(place + 1, entry.initiative, entry.score, entry.placement, forcing[place],
                    estimate[place], funding[place], runningTotal[place]);
        }
    }
}
