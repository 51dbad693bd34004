package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RankRebalanceTest {

    private static final double POSITION = 5.0;

    @Test
    void aTiebreaksSlotLiesBetweenTheUnmovedTiebreaksOfTwoConsecutiveIssueIds() {
        assertThat(RankRebalance.slotOf(RankKey.unmovedTiebreak(100))).isEqualTo(100);
        assertThat(RankRebalance.slotOf(RankKey.unmovedTiebreak(100) + "5")).isEqualTo(100);
        assertThat(RankRebalance.slotOf("0000000000000000100b")).isEqualTo(99);
        assertThat(RankRebalance.slotOf("000000000000000010")).isEqualTo(99);
        assertThat(RankRebalance.slotOf("00000000000000001i")).isEqualTo(199);
        assertThat(RankRebalance.slotOf("0".repeat(40) + "i")).isEqualTo(-1);
        assertThat(RankRebalance.slotOf("i")).isEqualTo(Long.MAX_VALUE);
        assertThat(RankRebalance.slotOf("9999999999999999999z")).isEqualTo(Long.MAX_VALUE);
    }

    @Property(tries = 500)
    void theSlotIsTheGreatestUnmovedTiebreakAtOrBelow(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0,
            max = 35) Integer> digits) {
        StringBuilder built = new StringBuilder();
        digits.forEach(digit -> built.append("0123456789abcdefghijklmnopqrstuvwxyz".charAt(digit)));
        while (built.length() > 0 && built.charAt(built.length() - 1) == '0') {
            built.setLength(built.length() - 1);
        }
        if (built.length() == 0) {
            built.append('1');
        }
        String tiebreak = built.toString();
        long slot = RankRebalance.slotOf(tiebreak);
        if (slot >= 0) {
            assertThat(RankKey.unmovedTiebreak(slot)).isLessThanOrEqualTo(tiebreak);
        } else {
            assertThat(RankKey.unmovedTiebreak(0)).isGreaterThan(tiebreak);
        }
        if (slot < Long.MAX_VALUE) {
            assertThat(RankKey.unmovedTiebreak(slot + 1)).isGreaterThan(tiebreak);
        }
    }

    @Test
    void aCrowdedRunBecomesShortAndKeepsItsOrder() {
        RankKey above = RankKey.unmoved(POSITION, 10);
        RankKey below = RankKey.unmoved(POSITION, 11);
        List<RankPlacement> placements = new ArrayList<>();
        RankKey current = below;
        for (long issue = 1_000; current.tiebreak().length() <= RankKey.CROWDED_LENGTH; issue++) {
            current = RankKey.between(above, current);
            placements.add(placement(issue, current));
        }

        Map<Long, RankKey> keys = RankRebalance.respace(placements, POSITION, Set.of());

        assertThat(keys).hasSize(placements.size());
        assertThat(keys.values()).allSatisfy(key -> assertThat(key.tiebreak().length()).isLessThan(30));
        List<RankKey> before = new ArrayList<>();
        List<RankKey> after = new ArrayList<>();
        placements.stream().sorted(Comparator.comparing(RankPlacement::key)).forEach(placement -> {
            before.add(placement.key());
            after.add(keys.get(placement.issueId()));
        });
        assertThat(after).isSorted().doesNotHaveDuplicates();
        assertThat(after.get(0)).isGreaterThan(above);
        assertThat(after.get(after.size() - 1)).isLessThan(below);
        assertThat(RankKey.between(above, after.get(0)).crowded()).isFalse();
    }

    @Test
    void slotsWithoutACrowdedKeyOrANeighbourAreLeftAsTheyAre() {
        RankPlacement calm = placement(1, new RankKey(POSITION, "00000000000000005i"));
        RankPlacement neighbour = placement(2, new RankKey(POSITION, "00000000000000009i"));
        RankPlacement elsewhere = placement(3, new RankKey(POSITION + 1, "0".repeat(230) + "i"));

        Map<Long, RankKey> keys = RankRebalance.respace(List.of(calm, neighbour, elsewhere), POSITION, Set.of(2L));

        assertThat(keys).containsOnlyKeys(2L);
        assertThat(RankRebalance.slotOf(keys.get(2L).tiebreak()))
                .isEqualTo(RankRebalance.slotOf(neighbour.key().tiebreak()));
    }

    /**
     * Random moves among unmoved initiatives of one score, then a rebalance of every slot: the whole order is the
     * same, and every key stays in its slot, so an unmoved initiative nobody listed (a hidden one) keeps its place.
     */
    @Property(tries = 200)
    void aRebalanceKeepsEveryPlacementInItsPlaceAmongAllUnmovedInitiatives(
            @ForAll @Size(min = 1, max = 8) Set<@LongRange(min = 0, max = 5_000) Long> unmovedIds,
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 100_000) Integer> targets) {
        List<RankKey> board = new ArrayList<>();
        unmovedIds.forEach(id -> board.add(RankKey.unmoved(POSITION, id)));
        board.sort(Comparator.naturalOrder());
        Map<RankKey, Long> movedIds = new HashMap<>();
        long nextIssue = 10_000;
        for (int target : targets) {
            int slot = 1 + target % Math.max(1, board.size() - 1);
            if (slot >= board.size()) {
                continue;
            }
            RankKey moved = RankKey.between(board.get(slot - 1), board.get(slot));
            board.add(slot, moved);
            movedIds.put(moved, nextIssue++);
        }
        List<RankPlacement> placements = new ArrayList<>();
        movedIds.forEach((key, issue) -> placements.add(placement(issue, key)));
        Set<Long> all = new HashSet<>(movedIds.values());

        Map<Long, RankKey> keys = RankRebalance.respace(placements, POSITION, all);

        List<RankKey> rewritten = board.stream()
                .map(key -> movedIds.containsKey(key) ? keys.getOrDefault(movedIds.get(key), key) : key).toList();
        assertThat(rewritten).isSorted().doesNotHaveDuplicates();
        movedIds.forEach((key, issue) -> assertThat(RankRebalance.slotOf(keys.getOrDefault(issue, key).tiebreak()))
                .isEqualTo(RankRebalance.slotOf(key.tiebreak())));
    }

    private static RankPlacement placement(long issueId, RankKey key) {
        return new RankPlacement(issueId, 1, key, Forcing.NONE, "lead", Instant.EPOCH, "");
    }
}
