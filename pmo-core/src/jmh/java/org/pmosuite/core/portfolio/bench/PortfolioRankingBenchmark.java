package org.pmosuite.core.portfolio.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.Capacity;
import org.pmosuite.core.portfolio.CapacityUnit;
import org.pmosuite.core.portfolio.Estimates;
import org.pmosuite.core.portfolio.Forcing;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.PortfolioDefinition;
import org.pmosuite.core.portfolio.PortfolioRanking;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.RankKey;
import org.pmosuite.core.portfolio.RankPlacement;
import org.pmosuite.core.portfolio.Ranking;
import org.pmosuite.core.portfolio.Scenario;
import org.pmosuite.core.portfolio.ScenarioComparison;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringModelType;
import org.pmosuite.core.portfolio.scoring.bench.PortfolioScoringBenchmark;

/**
 * What the portfolio board pays per request on top of reading its initiatives: {@link PortfolioRanking#rank} of
 * 50,000 initiatives under each model (1% of them moved by hand, the cut line drawn), and {@link PortfolioRanking#compare} of a
 * scenario with the baseline, for a first page of 100 rows, both with other scoring (RICE) and with the baseline's
 * scoring but other capacity and forcing. The floor is sorting 50,000 doubles in the same run. Run it with
 * bench/portfolio-ranking-benchmark.sh.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class PortfolioRankingBenchmark {

    static final int INITIATIVES = 50_000;
    static final int PROJECTS = 500;
    static final double MOVED_SHARE = 0.01;

    /** A portfolio of 50,000 initiatives in 500 projects, its placements and two scenarios. */
    @State(Scope.Benchmark)
    public static class Board {
        List<Initiative> initiatives;
        Map<Long, RankPlacement> placements;
        PortfolioDefinition definition;
        Scenario otherScoring;
        Scenario otherCapacity;
        double[] values;

        @Setup
        public void generate() {
            SplittableRandom random = new SplittableRandom(PortfolioScoringBenchmark.SEED);
            initiatives = new ArrayList<>(INITIATIVES);
            placements = new HashMap<>();
            values = new double[INITIATIVES];
            Instant at = Instant.parse("2026-12-01T09:00:00Z");
            for (int i = 0; i < INITIATIVES; i++) {
                long issueId = 10_000 + i;
                ProjectRef project = new ProjectRef(1 + i % PROJECTS, "P" + (i % PROJECTS), "Project " + i % PROJECTS);
                var inputs = PortfolioScoringBenchmark.initiative(random);
                if (random.nextDouble() < PortfolioScoringBenchmark.MISSING_SHARE) {
                    inputs = inputs.without(org.pmosuite.core.portfolio.scoring.ScoringInput.JOB_SIZE);
                }
                double points = 1 + random.nextInt(40);
                initiatives.add(new Initiative(issueId, project.key() + "-" + i, project, "Initiative " + i,
                        "In Progress", "indeterminate", null, null, null, inputs,
                        new Estimates(points, points * 3, points * 1_000)));
                if (random.nextDouble() < MOVED_SHARE) {
                    placements.put(issueId, new RankPlacement(issueId, project.id(),
                            new RankKey(random.nextDouble() * 60, "i"), Forcing.NONE, "lead", at, ""));
                }
                values[i] = random.nextDouble() * 60;
            }
            Capacity capacity = new Capacity(CapacityUnit.STORY_POINTS, 100_000, "2027");
            definition = new PortfolioDefinition("Digital growth 2027", "", new PortfolioScope(Set.of("P0"), Set.of("Initiative"),
                    null), ScoringConfiguration.of(ScoringModelType.WSJF), capacity, List.of(), null);
            otherScoring = new Scenario(1, 1, "RICE", ScoringConfiguration.of(ScoringModelType.RICE), null, Map.of(),
                    1, "lead", at);
            Map<Long, Forcing> forcings = new HashMap<>();
            for (int i = 0; i < 20; i++) {
                forcings.put(10_000L + random.nextInt(INITIATIVES), i % 2 == 0 ? Forcing.IN : Forcing.OUT);
            }
            otherCapacity = new Scenario(2, 1, "Half the capacity",
                    null, new Capacity(CapacityUnit.STORY_POINTS, 50_000, "2027"), forcings, 1, "lead", at);
        }
    }

    /** The same portfolio as the board of a portfolio scored by each model. */
    @State(Scope.Benchmark)
    public static class Model {
        @Param({"WSJF", "RICE", "ICE", "WEIGHTED", "MOSCOW", "CD3"})
        public ScoringModelType model;

        ScoringConfiguration scoring;

        @Setup
        public void configure() {
            scoring = ScoringConfiguration.of(model);
        }
    }

    /** Scores, ranks and cuts the whole portfolio, as each board request does, under each model. */
    @Benchmark
    public Ranking rankBoard(Board board, Model model) {
        return PortfolioRanking.rank(board.initiatives, model.scoring, board.definition.capacity(),
                board.placements, Map.of());
    }

    /** A first page of the comparison with a scenario that scores by another model. */
    @Benchmark
    public ScenarioComparison compareOtherScoring(Board board) {
        return PortfolioRanking.compare(board.initiatives, board.definition, board.otherScoring, board.placements,
                false, 0, 100);
    }

    /** A first page of the comparison with a scenario that keeps the scoring but changes capacity and forcing. */
    @Benchmark
    public ScenarioComparison compareOtherCapacity(Board board) {
        return PortfolioRanking.compare(board.initiatives, board.definition, board.otherCapacity, board.placements,
                false, 0, 100);
    }

    /** {@code Arrays.sort} of a copy of 50,000 doubles. */
    @Benchmark
    public double[] sortDoublesFloor(Board board) {
        double[] copy = board.values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
