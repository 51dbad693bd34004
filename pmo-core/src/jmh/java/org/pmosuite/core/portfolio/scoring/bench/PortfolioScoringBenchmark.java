package org.pmosuite.core.portfolio.scoring.bench;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.pmosuite.core.portfolio.scoring.RankCandidate;
import org.pmosuite.core.portfolio.scoring.ScoreOrder;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.core.portfolio.scoring.ScoringModel;
import org.pmosuite.core.portfolio.scoring.ScoringModelType;
import org.pmosuite.core.portfolio.scoring.ScoringModels;

/**
 * Scoring and ranking a portfolio of 50,000 initiatives with each model, through {@link ScoreOrder#rank} and through
 * {@code Arrays.sort} with the {@link ScoreOrder} comparator, next to the floor of sorting 50,000 doubles in the same
 * run. The initiatives are generated from a fixed seed on realistic scales; about 5% of them lack one of
 * the model's inputs, so their scores are not computed and rank last. Run it with
 * bench/portfolio-scoring-benchmark.sh.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class PortfolioScoringBenchmark {

    static final int INITIATIVES = 50_000;
    public static final long SEED = 20261202L;
    public static final double MISSING_SHARE = 0.05;

    /** The portfolio as one model sees it. */
    @State(Scope.Benchmark)
    public static class Portfolio {
        @Param({"WSJF", "RICE", "ICE", "WEIGHTED", "MOSCOW", "CD3"})
        public ScoringModelType model;

        ScoringModel scoring;
        long[] ids;
        ScoringInputs[] inputs;

        @Setup
        public void generate() {
            scoring = ScoringModels.of(ScoringConfiguration.of(model));
            SplittableRandom random = new SplittableRandom(SEED);
            ids = new long[INITIATIVES];
            inputs = new ScoringInputs[INITIATIVES];
            List<ScoringInput> read = scoring.inputs();
            for (int i = 0; i < INITIATIVES; i++) {
                ids[i] = 10_000 + random.nextInt(1_000_000_000);
                ScoringInputs initiative = initiative(random);
                if (random.nextDouble() < MISSING_SHARE) {
                    initiative = initiative.without(read.get(random.nextInt(read.size())));
                }
                inputs[i] = initiative;
            }
        }
    }

    /** 50,000 doubles to sort, the floor any ranking of 50,000 scores pays. */
    @State(Scope.Benchmark)
    public static class Floor {
        double[] values;

        @Setup
        public void generate() {
            SplittableRandom random = new SplittableRandom(SEED);
            values = new double[INITIATIVES];
            for (int i = 0; i < INITIATIVES; i++) {
                values[i] = random.nextDouble() * 60;
            }
        }
    }

    /**
     * Scores every initiative and ranks them with {@link ScoreOrder#rank}. The board ranks by rank key, with manual
     * moves and the cut line: PortfolioRankingBenchmark measures that.
     */
    @Benchmark
    public List<RankCandidate> scoreAndRank(Portfolio portfolio) {
        return ScoreOrder.rank(Arrays.asList(score(portfolio)));
    }

    /** Scores every initiative and sorts them with {@code Arrays.sort} and the {@link ScoreOrder} comparator. */
    @Benchmark
    public RankCandidate[] scoreAndSortWithComparator(Portfolio portfolio) {
        RankCandidate[] ranked = score(portfolio);
        Arrays.sort(ranked, ScoreOrder.BY_SCORE_THEN_ID);
        return ranked;
    }

    private static RankCandidate[] score(Portfolio portfolio) {
        ScoringInputs[] inputs = portfolio.inputs;
        RankCandidate[] scored = new RankCandidate[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            scored[i] = new RankCandidate(portfolio.ids[i], portfolio.scoring.score(inputs[i]));
        }
        return scored;
    }

    /** {@code Arrays.sort} of a copy of 50,000 doubles. */
    @Benchmark
    public double[] sortDoublesFloor(Floor floor) {
        double[] copy = floor.values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** One initiative with every input, on the scales teams use. */
    public static ScoringInputs initiative(SplittableRandom random) {
        double[] fibonacci = {1, 2, 3, 5, 8, 13, 20};
        double[] impacts = {0.25, 0.5, 1, 2, 3};
        double[] confidences = {50, 80, 100};
        Map<ScoringInput, Double> values = new EnumMap<>(ScoringInput.class);
        values.put(ScoringInput.BUSINESS_VALUE, fibonacci[random.nextInt(fibonacci.length)]);
        values.put(ScoringInput.TIME_CRITICALITY, fibonacci[random.nextInt(fibonacci.length)]);
        values.put(ScoringInput.RISK_REDUCTION, fibonacci[random.nextInt(fibonacci.length)]);
        values.put(ScoringInput.JOB_SIZE, fibonacci[random.nextInt(fibonacci.length)]);
        values.put(ScoringInput.REACH, (double) Math.round(Math.pow(10, 1 + 4 * random.nextDouble())));
        values.put(ScoringInput.IMPACT, impacts[random.nextInt(impacts.length)]);
        values.put(ScoringInput.CONFIDENCE, confidences[random.nextInt(confidences.length)]);
        values.put(ScoringInput.EFFORT, 0.5 * (1 + random.nextInt(48)));
        values.put(ScoringInput.EASE, (double) (1 + random.nextInt(10)));
        values.put(ScoringInput.MOSCOW, (double) (1 + random.nextInt(4)));
        values.put(ScoringInput.COST_OF_DELAY, 500.0 * random.nextInt(101));
        values.put(ScoringInput.DURATION, (double) (1 + random.nextInt(52)));
        return ScoringInputs.of(values);
    }
}
