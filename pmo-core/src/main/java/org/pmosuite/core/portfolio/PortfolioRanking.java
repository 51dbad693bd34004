package org.pmosuite.core.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
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
        ScoringModel model = ScoringModels.of(scoring);
        int count = initiatives.size();
        Entry[] entries = new Entry[count];
        int index = 0;
        for (Initiative initiative : initiatives) {
            Score score = model.score(initiative.inputs());
            RankPlacement placement = placements.get(initiative.issueId());
            RankKey key = placement != null && placement.moved() ? placement.key()
                    : RankKey.unmoved(score.computed() ? score.value().getAsDouble() : null, initiative.issueId());
            Forcing forcing = forcingOverrides.getOrDefault(initiative.issueId(),
                    placement == null ? Forcing.NONE : placement.forcing());
            entries[index++] = new Entry(initiative, score, key, placement, forcing,
                    initiative.estimates().in(capacity.unit()));
        }
        Arrays.sort(entries, (a, b) -> {
            int byKey = a.key.compareTo(b.key);
            return byKey != 0 ? byKey : Long.compare(a.initiative.issueId(), b.initiative.issueId());
        });
        return drawCutLine(entries, scoring, capacity);
    }

    private static Ranking drawCutLine(Entry[] entries, ScoringConfiguration scoring, Capacity capacity) {
        double forcedIn = 0;
        Map<MoscowCategory, Double> categoryUsed = new EnumMap<>(MoscowCategory.class);
        boolean capped = scoring.model() == ScoringModelType.MOSCOW;
        for (Entry entry : entries) {
            if (entry.forcing == Forcing.IN && entry.estimate != null) {
                forcedIn += entry.estimate;
                category(entry).ifPresent(category -> categoryUsed.merge(category, entry.estimate, Double::sum));
            }
        }
        double used = forcedIn;
        boolean lineDrawn = false;
        int lastAboveLine = entries.length;
        int funded = 0;
        List<RankedInitiative> items = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            Funding funding;
            if (entry.forcing == Forcing.IN) {
                funding = Funding.FORCED_IN;
            } else if (entry.forcing == Forcing.OUT) {
                funding = Funding.FORCED_OUT;
            } else if (!entry.score.computed()) {
                funding = Funding.NOT_SCORED;
            } else if (entry.estimate == null) {
                funding = Funding.NOT_ESTIMATED;
            } else if (lineDrawn) {
                funding = Funding.BELOW_CUT_LINE;
            } else if (capped && overCap(entry, scoring, capacity, categoryUsed)) {
                funding = Funding.OVER_CATEGORY_CAP;
            } else if (used + entry.estimate > capacity.amount()) {
                funding = Funding.BELOW_CUT_LINE;
                lineDrawn = true;
                lastAboveLine = i;
            } else {
                funding = Funding.FUNDED;
                used += entry.estimate;
                category(entry).ifPresent(category -> categoryUsed.merge(category, entry.estimate, Double::sum));
            }
            if (funding.funded()) {
                funded++;
            }
            items.add(new RankedInitiative(i + 1, entry.initiative, entry.score, entry.key, entry.placement,
                    entry.forcing, entry.estimate, funding, used));
        }
        CutLine cutLine = new CutLine(capacity, used, forcedIn, funded, lastAboveLine,
                forcedIn > capacity.amount());
        return new Ranking(items, cutLine);
    }

    private static boolean overCap(Entry entry, ScoringConfiguration scoring, Capacity capacity,
            Map<MoscowCategory, Double> categoryUsed) {
        Optional<MoscowCategory> category = category(entry);
        if (category.isEmpty()) {
            return false;
        }
        double share = capacity.amount() * scoring.capPercent(category.get()) / 100;
        return categoryUsed.getOrDefault(category.get(), 0.0) + entry.estimate > share;
    }

    private static Optional<MoscowCategory> category(Entry entry) {
        var value = entry.initiative.inputs().get(ScoringInput.MOSCOW);
        return value.isPresent() ? MoscowCategory.ofValue(value.getAsDouble()) : Optional.empty();
    }

    private record Entry(Initiative initiative, Score score, RankKey key, RankPlacement placement, Forcing forcing,
            Double estimate) {
    }
}
