package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.core.portfolio.scoring.ScoringModelType;

class PortfolioRankingTest {

    private static final ProjectRef PAY = new ProjectRef(1, "PAY", "Payments");
    private static final ScoringConfiguration WSJF = ScoringConfiguration.of(ScoringModelType.WSJF);
    private static final Capacity TEN_POINTS = new Capacity(CapacityUnit.STORY_POINTS, 10, "2027 Q1");

    @Test
    void ranksByScoreAndFundsInRankOrderUntilTheFirstThatDoesNotFit() {
        List<Initiative> initiatives = List.of(wsjf(1, 8, 8, 8, 3, 4.0), wsjf(2, 20, 20, 20, 1, 5.0),
                wsjf(3, 5, 5, 5, 5, 3.0), wsjf(4, 1, 1, 1, 20, 1.0));
        Ranking ranking = PortfolioRanking.rank(initiatives, WSJF, TEN_POINTS, Map.of(), Map.of());
        assertThat(keys(ranking)).containsExactly("PAY-2", "PAY-1", "PAY-3", "PAY-4");
        assertThat(ranking.items()).extracting(RankedInitiative::funding).containsExactly(Funding.FUNDED,
                Funding.FUNDED, Funding.BELOW_CUT_LINE, Funding.BELOW_CUT_LINE);
        assertThat(ranking.items()).extracting(RankedInitiative::runningTotal).containsExactly(5.0, 9.0, 9.0, 9.0);
        assertThat(ranking.cutLine().lastRankAboveLine()).isEqualTo(2);
        assertThat(ranking.cutLine().committed()).isEqualTo(9.0);
        assertThat(ranking.cutLine().remaining()).isEqualTo(1.0);
        assertThat(ranking.cutLine().fundedCount()).isEqualTo(2);
    }

    @Test
    void forcedInTakesCapacityFirstAndForcedOutTakesNone() {
        List<Initiative> initiatives = List.of(wsjf(1, 20, 20, 20, 1, 6.0), wsjf(2, 8, 8, 8, 3, 4.0),
                wsjf(3, 1, 1, 1, 20, 4.0));
        Map<Long, RankPlacement> placements = Map.of(
                1L, placement(1, null, Forcing.OUT),
                3L, placement(3, null, Forcing.IN));
        Ranking ranking = PortfolioRanking.rank(initiatives, WSJF, TEN_POINTS, placements, Map.of());
        assertThat(keys(ranking)).containsExactly("PAY-1", "PAY-2", "PAY-3");
        assertThat(ranking.items()).extracting(RankedInitiative::funding).containsExactly(Funding.FORCED_OUT,
                Funding.FUNDED, Funding.FORCED_IN);
        assertThat(ranking.cutLine().forcedIn()).isEqualTo(4.0);
        assertThat(ranking.cutLine().committed()).isEqualTo(8.0);
    }

    @Test
    void aScenariosForcingReplacesTheBaselines() {
        List<Initiative> initiatives = List.of(wsjf(1, 20, 20, 20, 1, 6.0));
        Map<Long, RankPlacement> placements = Map.of(1L, placement(1, null, Forcing.OUT));
        Ranking ranking = PortfolioRanking.rank(initiatives, WSJF, TEN_POINTS, placements, Map.of(1L, Forcing.NONE));
        assertThat(ranking.items().get(0).funding()).isEqualTo(Funding.FUNDED);
    }

    @Test
    void unscoredAndUnestimatedInitiativesAreNeverFundedByRankAndRankLast() {
        Initiative missingJobSize = initiative(1, Map.of(ScoringInput.BUSINESS_VALUE, 20.0,
                ScoringInput.TIME_CRITICALITY, 20.0, ScoringInput.RISK_REDUCTION, 20.0), 1.0);
        Initiative unestimated = wsjf(2, 20, 20, 20, 1, null);
        Initiative plain = wsjf(3, 1, 1, 1, 1, 1.0);
        Ranking ranking = PortfolioRanking.rank(List.of(missingJobSize, unestimated, plain), WSJF, TEN_POINTS,
                Map.of(), Map.of());
        assertThat(keys(ranking)).containsExactly("PAY-2", "PAY-3", "PAY-1");
        assertThat(ranking.items()).extracting(RankedInitiative::funding).containsExactly(Funding.NOT_ESTIMATED,
                Funding.FUNDED, Funding.NOT_SCORED);
        assertThat(ranking.items().get(2).score().missing()).containsExactly(ScoringInput.JOB_SIZE);
    }

    @Test
    void aManualMoveStandsWhereItWasPut() {
        List<Initiative> initiatives = List.of(wsjf(1, 20, 20, 20, 1, 1.0), wsjf(2, 8, 8, 8, 3, 1.0),
                wsjf(3, 1, 1, 1, 20, 1.0));
        Ranking before = PortfolioRanking.rank(initiatives, WSJF, TEN_POINTS, Map.of(), Map.of());
        RankKey top = RankKey.between(null, before.items().get(0).key());
        Ranking after = PortfolioRanking.rank(initiatives, WSJF, TEN_POINTS,
                Map.of(3L, new RankPlacement(3, 1, top, Forcing.NONE, "lead", Instant.EPOCH, "regulator")),
                Map.of());
        assertThat(keys(after)).containsExactly("PAY-3", "PAY-1", "PAY-2");
        assertThat(after.items().get(0).moved()).isTrue();
    }

    @Test
    void moscowSkipsWhatWouldPassItsCategorysCapAndTheLineGoesOn() {
        ScoringConfiguration moscow = ScoringConfiguration.of(ScoringModelType.MOSCOW);
        List<Initiative> initiatives = List.of(must(1, 5.0), must(2, 2.0), must(3, 2.0), should(4, 3.0));
        Ranking ranking = PortfolioRanking.rank(initiatives, moscow, TEN_POINTS, Map.of(), Map.of());
        // Must is capped at 60 percent of 10: 5 + 2 fits only as 5 (then 7 > 6), then a Should fills the rest.
        assertThat(ranking.items()).extracting(RankedInitiative::funding).containsExactly(Funding.FUNDED,
                Funding.OVER_CATEGORY_CAP, Funding.OVER_CATEGORY_CAP, Funding.FUNDED);
        assertThat(ranking.cutLine().committed()).isEqualTo(8.0);
    }

    @Test
    void forcedInBeyondCapacityIsReportedAsOverCommitted() {
        Ranking ranking = PortfolioRanking.rank(List.of(wsjf(1, 1, 1, 1, 1, 12.0)), WSJF, TEN_POINTS,
                Map.of(1L, placement(1, null, Forcing.IN)), Map.of());
        assertThat(ranking.cutLine().overCommitted()).isTrue();
        assertThat(ranking.cutLine().remaining()).isEqualTo(-2.0);
    }

    /** Ranks over what a viewer sees keep the relative order of the whole board, and count only what they see. */
    @Property(tries = 200)
    void aViewersRanksAreTheWholeBoardsOrderWithHiddenOnesLeftOut(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 6) Integer> sizes,
            @ForAll @Size(min = 1, max = 40) List<Boolean> hidden) {
        int[] fibonacci = {1, 2, 3, 5, 8, 13, 20};
        List<Initiative> all = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            all.add(wsjf(i + 1, fibonacci[(i * 7) % 7], fibonacci[(i * 3) % 7], 5, fibonacci[sizes.get(i)], 1.0));
        }
        List<Initiative> visible = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!hidden.get(i % hidden.size())) {
                visible.add(all.get(i));
            }
        }
        List<String> whole = keys(PortfolioRanking.rank(all, WSJF, TEN_POINTS, Map.of(), Map.of()));
        Ranking seen = PortfolioRanking.rank(visible, WSJF, TEN_POINTS, Map.of(), Map.of());
        List<String> expected = whole.stream()
                .filter(key -> visible.stream().anyMatch(initiative -> initiative.issueKey().equals(key))).toList();
        assertThat(keys(seen)).containsExactlyElementsOf(expected);
        assertThat(seen.items()).extracting(RankedInitiative::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, visible.size()).boxed().toList());
        assertThat(seen.cutLine().committed()).isLessThanOrEqualTo(visible.size());
    }

    /**
     * The board's order is {@link RankKey}'s, then the issue id's, also when moved initiatives stand at the same
     * position as unmoved ones (their tiebreaks then decide, as strings).
     */
    @Property(tries = 300)
    void theOrderIsTheRankKeysOrderThenTheIssueIds(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 7) Integer> sizes,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 9) Integer> moves) {
        Fixture fixture = Fixture.of(sizes, moves);
        Ranking ranking = PortfolioRanking.rank(fixture.initiatives, WSJF, TEN_POINTS, fixture.placements, Map.of());
        List<RankedInitiative> expected = new ArrayList<>(ranking.items());
        expected.sort(java.util.Comparator.comparing(RankedInitiative::key)
                .thenComparingLong(item -> item.initiative().issueId()));
        assertThat(ranking.items()).containsExactlyElementsOf(expected);
        for (RankedInitiative item : ranking.items()) {
            RankPlacement placement = fixture.placements.get(item.initiative().issueId());
            RankKey expectedKey = placement != null && placement.moved() ? placement.key()
                    : RankKey.unmoved(item.score().computed() ? item.score().value().getAsDouble() : null,
                            item.initiative().issueId());
            assertThat(item.key()).isEqualTo(expectedKey);
        }
    }

    /**
     * A comparison is the baseline's and the scenario's rankings side by side, whether the scenario changes the
     * scoring or only capacity and forcing: every count, both cut lines and the page of rows are what two whole
     * rankings give.
     */
    @Property(tries = 300)
    void aComparisonIsTheTwoWholeRankingsSideBySide(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 7) Integer> sizes,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 9) Integer> moves,
            @ForAll boolean otherScoring, @ForAll @IntRange(min = 0, max = 40) int capacity,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 59) Integer> forced,
            @ForAll boolean changedOnly, @ForAll @IntRange(min = 0, max = 70) int startAt,
            @ForAll @IntRange(min = 1, max = 30) int maxResults) {
        Fixture fixture = Fixture.of(sizes, moves);
        Map<Long, Forcing> forcings = new HashMap<>();
        for (int i = 0; i < forced.size(); i++) {
            if (forced.get(i) < fixture.initiatives.size()) {
                forcings.put(fixture.initiatives.get(forced.get(i)).issueId(), Forcing.values()[i % 3]);
            }
        }
        ScoringConfiguration trialScoring = otherScoring ? ScoringConfiguration.of(ScoringModelType.WEIGHTED) : null;
        Capacity trialCapacity = new Capacity(CapacityUnit.STORY_POINTS, capacity, "2027 Q1");
        PortfolioDefinition definition = new PortfolioDefinition("Growth", "", new PortfolioScope(
                java.util.Set.of("PAY"), java.util.Set.of("Epic"), null), WSJF, TEN_POINTS, List.of(), null);
        Scenario scenario = new Scenario(1, 1, "What if", trialScoring, trialCapacity, forcings, 1, "lead",
                Instant.EPOCH);

        ScenarioComparison comparison = PortfolioRanking.compare(fixture.initiatives, definition, scenario,
                fixture.placements, changedOnly, startAt, maxResults);

        Ranking baseline = PortfolioRanking.rank(fixture.initiatives, WSJF, TEN_POINTS, fixture.placements, Map.of());
        Ranking trial = PortfolioRanking.rank(fixture.initiatives, otherScoring ? trialScoring : WSJF, trialCapacity,
                fixture.placements, forcings);
        Map<Long, RankedInitiative> before = baseline.byIssueId();
        List<ScenarioComparison.Row> rows = new ArrayList<>();
        int entering = 0;
        int leaving = 0;
        int up = 0;
        int down = 0;
        for (RankedInitiative after : trial.items()) {
            RankedInitiative was = before.get(after.initiative().issueId());
            boolean wasFunded = was.funding().funded();
            boolean isFunded = after.funding().funded();
            entering += !wasFunded && isFunded ? 1 : 0;
            leaving += wasFunded && !isFunded ? 1 : 0;
            up += after.rank() < was.rank() ? 1 : 0;
            down += after.rank() > was.rank() ? 1 : 0;
            if (!changedOnly || after.rank() != was.rank() || after.funding() != was.funding()) {
                rows.add(new ScenarioComparison.Row(was, after, wasFunded
                        ? (isFunded ? ScenarioComparison.Change.STAYS_FUNDED : ScenarioComparison.Change.LEAVES)
                        : (isFunded ? ScenarioComparison.Change.ENTERS : ScenarioComparison.Change.STAYS_UNFUNDED)));
            }
        }
        assertThat(comparison.baseline()).isEqualTo(baseline.cutLine());
        assertThat(comparison.trial()).isEqualTo(trial.cutLine());
        assertThat(List.of(comparison.entering(), comparison.leaving(), comparison.movedUp(), comparison.movedDown()))
                .containsExactly(entering, leaving, up, down);
        assertThat(comparison.matching()).isEqualTo(rows.size());
        assertThat(comparison.rows()).containsExactlyElementsOf(
                rows.subList(Math.min(startAt, rows.size()), Math.min(rows.size(), startAt + maxResults)));
        Map<String, Forcing> named = new HashMap<>();
        forcings.forEach((id, forcing) -> named.put(before.get(id).initiative().issueKey(), forcing));
        assertThat(comparison.visibleForcings()).isEqualTo(named);
    }

    /** Initiatives with WSJF inputs (every ninth without a job size), some moved, often onto a score's position. */
    private record Fixture(List<Initiative> initiatives, Map<Long, RankPlacement> placements) {
        static Fixture of(List<Integer> sizes, List<Integer> moves) {
            int[] fibonacci = {1, 2, 3, 5, 8, 13, 20};
            String[] tiebreaks = {"i", "1", "z", "00000000000000000005m", "0000000000000000001"};
            List<Initiative> initiatives = new ArrayList<>();
            Map<Long, RankPlacement> placements = new HashMap<>();
            for (int i = 0; i < sizes.size(); i++) {
                long id = 3L * i + 1;
                int size = sizes.get(i);
                Map<ScoringInput, Double> inputs = new EnumMap<>(ScoringInput.class);
                inputs.put(ScoringInput.BUSINESS_VALUE, (double) fibonacci[(i * 5) % 7]);
                inputs.put(ScoringInput.TIME_CRITICALITY, (double) fibonacci[(i * 3) % 7]);
                inputs.put(ScoringInput.RISK_REDUCTION, 5.0);
                if (size < 7) {
                    inputs.put(ScoringInput.JOB_SIZE, (double) fibonacci[size]);
                }
                initiatives.add(new Initiative(id, "PAY-" + id, PAY, "Initiative " + id, "To Do", "new", null,
                        null, null, ScoringInputs.of(inputs), new Estimates(i % 4 == 3 ? null : 1.0 + size, null,
                        null)));
                int move = moves.get(i % moves.size());
                if (move < 5) {
                    // positions shared with unmoved scores: (5 + 5 + 5) / 5 = 3, (1 + 1 + 5) / 1 = 7, ...
                    double position = new double[] {3.0, 7.0, 1.0, 0.0, 0.75}[move];
                    placements.put(id, placement(id, new RankKey(position, tiebreaks[(i + move) % 5]),
                            Forcing.NONE));
                } else if (move == 5) {
                    placements.put(id, placement(id, null, Forcing.IN));
                }
            }
            return new Fixture(initiatives, placements);
        }
    }

    private static List<String> keys(Ranking ranking) {
        return ranking.items().stream().map(item -> item.initiative().issueKey()).toList();
    }

    private static RankPlacement placement(long issueId, RankKey key, Forcing forcing) {
        return new RankPlacement(issueId, 1, key, forcing, "lead", Instant.EPOCH, "");
    }

    private static Initiative wsjf(long id, double value, double criticality, double risk, double jobSize,
            Double points) {
        return initiative(id, Map.of(ScoringInput.BUSINESS_VALUE, value, ScoringInput.TIME_CRITICALITY, criticality,
                ScoringInput.RISK_REDUCTION, risk, ScoringInput.JOB_SIZE, jobSize), points);
    }

    private static Initiative must(long id, double points) {
        return initiative(id, Map.of(ScoringInput.MOSCOW, 4.0), points);
    }

    private static Initiative should(long id, double points) {
        return initiative(id, Map.of(ScoringInput.MOSCOW, 3.0), points);
    }

    private static Initiative initiative(long id, Map<ScoringInput, Double> inputs, Double points) {
        Map<ScoringInput, Double> values = new EnumMap<>(ScoringInput.class);
        values.putAll(new HashMap<>(inputs));
        return new Initiative(id, "PAY-" + id, PAY, "Initiative " + id, "To Do", "new", null, null, null,
                ScoringInputs.of(values), new Estimates(points, null, null));
    }
}
