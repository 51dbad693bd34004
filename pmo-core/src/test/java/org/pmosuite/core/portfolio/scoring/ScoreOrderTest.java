package org.pmosuite.core.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmosuite.core.portfolio.scoring.Initiatives.cd3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScoreOrderTest {

    private static final ScoreOrder ORDER = ScoreOrder.BY_SCORE_THEN_ID;

    @Test
    void computedScoresComeFirstHighestFirstThenTheRestByIdTiesByIdToo() {
        List<RankCandidate> candidates = new ArrayList<>(List.of(candidate(7, 10, 2), uncomputed(3),
                candidate(9, 30, 1), candidate(2, 10, 2), uncomputed(1), candidate(5, 0, 4)));
        Collections.shuffle(candidates, new Random(42));

        candidates.sort(ORDER);

        assertThat(candidates).extracting(RankCandidate::id).containsExactly(9L, 2L, 7L, 5L, 1L, 3L);
    }

    @Test
    void anyTypeCanBeRankedByItsScoreAndId() {
        record Initiative(String key, long id, Score score) {
        }
        List<Initiative> initiatives = new ArrayList<>(List.of(new Initiative("B-2", 2, score(5, 1)),
                new Initiative("A-1", 1, score(5, 1)), new Initiative("C-3", 3, score(8, 1))));

        initiatives.sort(ScoreOrder.byScoreThenId(Initiative::score, Initiative::id));

        assertThat(initiatives).extracting(Initiative::key).containsExactly("C-3", "A-1", "B-2");
    }

    @Property
    void theOrderIsAntisymmetric(@ForAll("candidates") RankCandidate a, @ForAll("candidates") RankCandidate b) {
        assertThat(Integer.signum(ORDER.compare(a, b))).isEqualTo(-Integer.signum(ORDER.compare(b, a)));
    }

    @Property
    void theOrderIsTransitive(@ForAll("candidates") RankCandidate a, @ForAll("candidates") RankCandidate b,
            @ForAll("candidates") RankCandidate c) {
        if (ORDER.compare(a, b) <= 0 && ORDER.compare(b, c) <= 0) {
            assertThat(ORDER.compare(a, c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void theOrderIsTotalAndConsistentWithTheId(@ForAll("candidates") RankCandidate a,
            @ForAll("candidates") RankCandidate b) {
        assertThat(ORDER.compare(a, a)).isZero();
        if (a.id() != b.id()) {
            assertThat(ORDER.compare(a, b)).isNotZero();
        }
    }

    @Property
    void sortingIsTheSameWhateverTheCandidatesOrder(@ForAll("portfolios") List<RankCandidate> portfolio,
            @ForAll long seed) {
        List<RankCandidate> sorted = new ArrayList<>(portfolio);
        sorted.sort(ORDER);
        List<RankCandidate> shuffled = new ArrayList<>(portfolio);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(ORDER);

        assertThat(shuffled).isEqualTo(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            Score before = sorted.get(i - 1).score();
            Score after = sorted.get(i).score();
            assertThat(!before.computed() && after.computed()).isFalse();
        }
    }

    @Property
    void rankingGivesTheListTheComparatorSortsEvenWithSharedIds(
            @ForAll("sharedIdPortfolios") List<RankCandidate> portfolio) {
        List<RankCandidate> sorted = new ArrayList<>(portfolio);
        sorted.sort(ORDER);

        assertThat(ScoreOrder.rank(portfolio)).containsExactlyElementsOf(sorted);
    }

    @Test
    void rankingALargePortfolioMatchesTheComparator() {
        Random random = new Random(7);
        List<RankCandidate> portfolio = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Score score = random.nextInt(20) == 0 ? new Cd3Model().score(ScoringInputs.empty())
                    : score(random.nextInt(50) * 100, 1 + random.nextInt(12));
            portfolio.add(new RankCandidate(random.nextInt(100_000) - 50_000L, score));
        }
        List<RankCandidate> sorted = new ArrayList<>(portfolio);
        sorted.sort(ORDER);

        List<RankCandidate> ranked = ScoreOrder.rank(portfolio);
        assertThat(ranked).containsExactlyElementsOf(sorted);
        assertThat(ScoreOrder.rank(List.of())).isEmpty();
    }

    @Property
    void theSortKeyOrdersScoresAsTheComparatorDoes(@ForAll("candidates") RankCandidate a,
            @ForAll("candidates") RankCandidate b) {
        assertThat(Integer.signum(Long.compare(ScoreOrder.sortKey(a.score()), ScoreOrder.sortKey(b.score()))))
                .isEqualTo(Integer.signum(ScoreOrder.compareScores(a.score(), b.score())));
    }

    @Provide
    Arbitrary<List<RankCandidate>> sharedIdPortfolios() {
        return candidates().list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<RankCandidate> candidates() {
        Arbitrary<Score> scores = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(0.0, 1.0, 2.5, 1e6, Double.MAX_VALUE),
                        Arbitraries.of(Double.MIN_VALUE, 0.5, 1.0, 2.0)).as(ScoreOrderTest::score),
                Arbitraries.doubles().between(0, 1e9).map(value -> score(value, 1)),
                Arbitraries.just(new Cd3Model().score(ScoringInputs.empty())),
                Arbitraries.just(new Cd3Model().score(cd3(10, 0))));
        return Combinators.combine(Arbitraries.longs().between(-3, 3), scores).as(RankCandidate::new);
    }

    @Provide
    Arbitrary<List<RankCandidate>> portfolios() {
        return candidates().list().ofMaxSize(40).uniqueElements(RankCandidate::id);
    }

    private static RankCandidate candidate(long id, double costOfDelay, double duration) {
        return new RankCandidate(id, score(costOfDelay, duration));
    }

    private static RankCandidate uncomputed(long id) {
        return new RankCandidate(id, new Cd3Model().score(cd3(1, 0)));
    }

    private static Score score(double costOfDelay, double duration) {
        return new Cd3Model().score(cd3(costOfDelay, duration));
    }
}
