package org.pmosuite.core.portfolio;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * New, short keys for the manual placements crowded at one position, in the same order, so that the next move into
 * that gap has room again.
 *
 * <p>Only moved keys can be rewritten. An initiative nobody moved stands at its score with the tiebreak
 * {@link RankKey#unmoved} makes from its issue id, and such an initiative may be hidden from whoever moves: nobody
 * knows all of them. So the placements at the position are grouped by <em>slot</em>: the open interval between two
 * consecutive tiebreaks that an unmoved initiative <em>could</em> have (one for each possible issue id), and the
 * placements of one slot are spread evenly inside it. However many unmoved initiatives stand at the position,
 * whoever may see them, none is inside a slot, so every placement keeps its place among them, and the slots keep
 * their order among each other. Hidden placements are rewritten like the others: the keys are read from the
 * repository for every project, not from what one viewer sees.
 */
public final class RankRebalance {

    private static final int ID_DIGITS = 19;
    private static final BigInteger TEN = BigInteger.TEN;
    private static final BigInteger LARGEST_ID = BigInteger.valueOf(Long.MAX_VALUE);

    private RankRebalance() {
    }

    /**
     * The new keys of the placements at {@code position} that share a slot with a crowded key or with one of
     * {@code neighbours}; the others keep theirs. The order of all placements, by key and then issue id as the
     * board ranks them, is the same before and after.
     *
     * @param atPosition every moved placement of the portfolio whose key stands at {@code position}; others are
     *                   ignored
     * @param position   the crowded position
     * @param neighbours issue ids whose slots are to be spread too (the neighbours of the move that found the gap
     *                   crowded)
     * @return the new key of each rewritten placement, by issue id; empty when nothing needs rewriting
     */
    public static Map<Long, RankKey> respace(Collection<RankPlacement> atPosition, double position,
            Set<Long> neighbours) {
        TreeMap<Long, List<RankPlacement>> slots = new TreeMap<>();
        for (RankPlacement placement : atPosition) {
            if (placement.moved() && Double.compare(placement.key().position(), position) == 0) {
                slots.computeIfAbsent(slotOf(placement.key().tiebreak()), slot -> new ArrayList<>()).add(placement);
            }
        }
        Map<Long, RankKey> keys = new HashMap<>();
        slots.forEach((slot, placements) -> {
            boolean due = placements.stream().anyMatch(placement -> placement.key().crowded()
                    || neighbours.contains(placement.issueId()));
            if (!due) {
                return;
            }
            placements.sort(Comparator.comparing((RankPlacement placement) -> placement.key().tiebreak())
                    .thenComparingLong(RankPlacement::issueId));
            String[] tiebreaks = new String[placements.size()];
            spread(lowerBound(slot), upperBound(slot), 0, tiebreaks.length, tiebreaks);
            for (int i = 0; i < tiebreaks.length; i++) {
                RankPlacement placement = placements.get(i);
                RankKey key = new RankKey(position, tiebreaks[i]);
                if (!key.equals(placement.key())) {
                    keys.put(placement.issueId(), key);
                }
            }
        });
        return keys;
    }

    /**
     * The slot of a tiebreak: the greatest issue id whose unmoved tiebreak is at or below it, -1 when every one is
     * above it. Ids beyond {@link Long#MAX_VALUE} do not exist, so every tiebreak above the largest id's is in its
     * slot.
     */
    static long slotOf(String tiebreak) {
        StringBuilder digits = new StringBuilder(ID_DIGITS);
        BigInteger floor = null;
        for (int i = 0; i < ID_DIGITS && floor == null; i++) {
            if (i >= tiebreak.length()) {
                // A proper prefix ranks before every unmoved tiebreak that starts with it.
                floor = number(digits).multiply(TEN.pow(ID_DIGITS - i)).subtract(BigInteger.ONE);
            } else if (tiebreak.charAt(i) > '9') {
                // A letter ranks after every unmoved tiebreak that starts with the digits before it.
                floor = number(digits).add(BigInteger.ONE).multiply(TEN.pow(ID_DIGITS - i)).subtract(BigInteger.ONE);
            } else {
                digits.append(tiebreak.charAt(i));
            }
        }
        if (floor == null) {
            String rest = tiebreak.substring(ID_DIGITS);
            floor = rest.compareTo(RankKey.UNMOVED_SUFFIX) >= 0 ? number(digits)
                    : number(digits).subtract(BigInteger.ONE);
        }
        return floor.min(LARGEST_ID).longValueExact();
    }

    private static BigInteger number(CharSequence digits) {
        return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits.toString());
    }

    private static String lowerBound(long slot) {
        return slot < 0 ? "" : RankKey.unmovedTiebreak(slot);
    }

    private static String upperBound(long slot) {
        return slot == Long.MAX_VALUE ? null : RankKey.unmovedTiebreak(slot + 1);
    }

    /** Fills {@code out[from, to)} with increasing tiebreaks strictly between low and high, halving the gap. */
    private static void spread(String low, String high, int from, int to, String[] out) {
        if (from >= to) {
            return;
        }
        int middle = (from + to) >>> 1;
        String tiebreak = RankKey.tiebreakBetween(low, high);
        out[middle] = tiebreak;
        spread(low, tiebreak, from, middle, out);
        spread(tiebreak, high, middle + 1, to, out);
    }
}
