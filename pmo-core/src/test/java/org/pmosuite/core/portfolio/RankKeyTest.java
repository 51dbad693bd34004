package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RankKeyTest {

    @Test
    void unmovedInitiativesRankByScoreThenOldestFirstWithTheUnscoredLast() {
        RankKey high = RankKey.unmoved(8.0, 30);
        RankKey tiedOlder = RankKey.unmoved(5.0, 10);
        RankKey tiedNewer = RankKey.unmoved(5.0, 20);
        RankKey unscored = RankKey.unmoved(null, 1);
        List<RankKey> keys = new ArrayList<>(List.of(unscored, tiedNewer, high, tiedOlder));
        keys.sort(java.util.Comparator.naturalOrder());
        assertThat(keys).containsExactly(high, tiedOlder, tiedNewer, unscored);
    }

    @Test
    void aMoveBetweenTwoScoresTakesAPositionBetweenThem() {
        RankKey moved = RankKey.between(RankKey.unmoved(8.0, 1), RankKey.unmoved(4.0, 2));
        assertThat(moved.position()).isEqualTo(6.0);
    }

    @Test
    void aMoveBetweenEqualScoresTakesTheirPositionAndATiebreakBetweenThem() {
        RankKey above = RankKey.unmoved(5.0, 10);
        RankKey below = RankKey.unmoved(5.0, 11);
        RankKey moved = RankKey.between(above, below);
        assertThat(moved.position()).isEqualTo(5.0);
        assertThat(moved).isGreaterThan(above).isLessThan(below);
    }

    @Test
    void movesAmongTheUnscoredStayAmongThem() {
        RankKey moved = RankKey.between(RankKey.unmoved(null, 3), RankKey.unmoved(null, 4));
        assertThat(moved.position()).isEqualTo(Double.NEGATIVE_INFINITY);
        RankKey last = RankKey.between(RankKey.unmoved(null, 4), null);
        assertThat(last).isGreaterThan(RankKey.unmoved(null, 4));
    }

    @Test
    void neighboursInTheWrongOrderAreRefused() {
        assertThatThrownBy(() -> RankKey.between(RankKey.unmoved(1.0, 1), RankKey.unmoved(2.0, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankKey.between(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThousandMovesIntoOneGapStayStrictlyOrderedWithinTheStoredLength() {
        RankKey above = RankKey.unmoved(5.0, 1);
        RankKey below = RankKey.unmoved(5.0, 2);
        for (int i = 0; i < 1_000; i++) {
            RankKey moved = RankKey.between(above, below);
            assertThat(moved).isGreaterThan(above).isLessThan(below);
            below = moved;
        }
        assertThat(below.tiebreak().length()).isLessThanOrEqualTo(RankKey.MAX_TIEBREAK_LENGTH);
    }

    @Test
    void aGapFullPastTheStoredLengthAsksForARebalance() {
        RankKey above = RankKey.unmoved(5.0, 1);
        RankKey below = RankKey.unmoved(5.0, 2);
        assertThatThrownBy(() -> {
            RankKey current = below;
            for (int i = 0; i < 100_000; i++) {
                current = RankKey.between(above, current);
            }
        }).isInstanceOf(RankGapExhaustedException.class);
    }

    /** Any sequence of moves to any place keeps a strict total order: the moved key lands exactly where asked. */
    @Property(tries = 300)
    void everyMoveLandsStrictlyBetweenItsNeighbours(@ForAll("scores") List<Double> scores,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10_000) Integer> targets) {
        List<RankKey> board = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            board.add(RankKey.unmoved(scores.get(i), i));
        }
        board.sort(java.util.Comparator.naturalOrder());
        for (int target : targets) {
            int slot = target % (board.size() + 1);
            RankKey above = slot == 0 ? null : board.get(slot - 1);
            RankKey below = slot == board.size() ? null : board.get(slot);
            RankKey moved = RankKey.between(above, below);
            if (above != null) {
                assertThat(moved).isGreaterThan(above);
            }
            if (below != null) {
                assertThat(moved).isLessThan(below);
            }
            board.add(slot, moved);
        }
        List<RankKey> sorted = new ArrayList<>(board);
        sorted.sort(java.util.Comparator.naturalOrder());
        assertThat(sorted).containsExactlyElementsOf(board);
    }

    @Provide
    Arbitrary<List<Double>> scores() {
        Arbitrary<Double> score = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(0.0, 1.0, 2.5, 3.2, 8.0, 20.0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(-1e6, 1e6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((Double) null)));
        return score.injectNull(0.0).list().ofMinSize(1).ofMaxSize(30);
    }

    /** An unmoved tiebreak is the issue id in 19 ASCII digits, so that string order is id order. */
    @Property
    void anUnmovedTiebreakIsTheIdInNineteenDigitsAndOrdersAsTheIds(
            @ForAll @net.jqwik.api.constraints.LongRange(min = 0) long one,
            @ForAll @net.jqwik.api.constraints.LongRange(min = 0) long other) {
        assertThat(RankKey.unmovedTiebreak(one)).isEqualTo(String.format(java.util.Locale.ROOT, "%019d", one) + "m");
        assertThat(Integer.signum(RankKey.unmovedTiebreak(one).compareTo(RankKey.unmovedTiebreak(other))))
                .isEqualTo(Long.signum(Long.compare(one, other)));
    }

    @Test
    void theSmallestAndLargestIdsArePaddedToNineteenDigits() {
        assertThat(RankKey.unmovedTiebreak(0)).isEqualTo("0000000000000000000m");
        assertThat(RankKey.unmovedTiebreak(Long.MAX_VALUE)).isEqualTo("9223372036854775807m");
    }
}
