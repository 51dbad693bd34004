package org.pmosuite.core.portfolio;

import java.util.Objects;

/**
 * Where an initiative stands on a portfolio's board. Initiatives rank by {@code position} descending, then by
 * {@code tiebreak} ascending (plain string order). An initiative nobody moved stands at its score (unscored ones at
 * negative infinity) with a tiebreak made from its issue id, so equal scores rank oldest first. A manual move gives
 * the initiative a key of its own strictly between its new neighbours: a score-space position between theirs while
 * one exists, else their position and a tiebreak between theirs. There is always room, so a move writes one key and
 * never renumbers the list; tiebreaks only grow longer after many moves into one gap (see {@link #crowded()}). A
 * move that would make a crowded key first respaces the placements of that gap ({@link RankRebalance}).
 *
 * <p>Tiebreaks use the digits {@code 0-9a-z} and never end in {@code 0}, which keeps a string between any two.
 *
 * @param position the score-space position; finite, or negative infinity for the unscored
 * @param tiebreak the order among equal positions
 */
public record RankKey(double position, String tiebreak) implements Comparable<RankKey> {

    /** The longest tiebreak stored (an AO string column holds 255 characters). */
    public static final int MAX_TIEBREAK_LENGTH = 255;
    /** Longer than this, a tiebreak is due for rebalancing. */
    public static final int CROWDED_LENGTH = 200;

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();
    private static final String MOVED = "i";
    /** What follows the 19 digits of the issue id in an unmoved initiative's tiebreak. */
    static final String UNMOVED_SUFFIX = "m";


    public RankKey {
        Objects.requireNonNull(tiebreak, "tiebreak");
        if (Double.isNaN(position) || position == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("a rank position is finite or negative infinity: " + position);
        }
        if (tiebreak.isEmpty() || tiebreak.length() > MAX_TIEBREAK_LENGTH || tiebreak.endsWith("0")) {
            throw new IllegalArgumentException("invalid tiebreak: " + tiebreak);
        }
        for (int i = 0; i < tiebreak.length(); i++) {
            char digit = tiebreak.charAt(i);
            if (!(digit >= '0' && digit <= '9' || digit >= 'a' && digit <= 'z')) {
                throw new IllegalArgumentException("invalid tiebreak character in " + tiebreak);
            }
        }
        if (position == 0.0) {
            position = 0.0; // one zero: -0.0 and 0.0 rank alike
        }
    }

    /** The key of an initiative nobody moved: at its score, or last when it has none, oldest first among equals. */
    public static RankKey unmoved(Double score, long issueId) {
        if (issueId < 0) {
            throw new IllegalArgumentException("issue ids are not negative: " + issueId);
        }
        double position = score == null || !Double.isFinite(score) ? Double.NEGATIVE_INFINITY : score;
        return new RankKey(position, unmovedTiebreak(issueId));
    }

    /** The tiebreak of an initiative nobody moved: its issue id in 19 digits, then {@value #UNMOVED_SUFFIX}. */
    static String unmovedTiebreak(long issueId) {
        // Written digit by digit: String.format cost about a microsecond per initiative, twice per ranking.
        char[] digits = new char[20];
        long rest = issueId;
        for (int i = 18; i >= 0; i--) {
            digits[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        digits[19] = UNMOVED_SUFFIX.charAt(0);
        return new String(digits);
    }

    /**
     * A key ranking strictly below {@code above} and strictly above {@code below}.
     *
     * @param above the new neighbour above, or null to move to the top
     * @param below the new neighbour below, or null to move to the bottom
     * @throws IllegalArgumentException when {@code above} does not rank above {@code below}
     */
    public static RankKey between(RankKey above, RankKey below) {
        if (above == null && below == null) {
            throw new IllegalArgumentException("a move names at least one neighbour");
        }
        if (above != null && below != null && above.compareTo(below) >= 0) {
            throw new IllegalArgumentException(above + " does not rank above " + below);
        }
        if (above == null) {
            double higher = below.position + 1;
            if (below.position != Double.NEGATIVE_INFINITY && higher > below.position && Double.isFinite(higher)) {
                return new RankKey(higher, MOVED);
            }
            return new RankKey(below.position, tiebreakBetween("", below.tiebreak));
        }
        if (below == null) {
            double lower = above.position - 1;
            if (above.position != Double.NEGATIVE_INFINITY && lower < above.position && Double.isFinite(lower)) {
                return new RankKey(lower, MOVED);
            }
            return new RankKey(above.position, tiebreakBetween(above.tiebreak, null));
        }
        if (above.position == below.position) {
            return new RankKey(above.position, tiebreakBetween(above.tiebreak, below.tiebreak));
        }
        double middle = below.position == Double.NEGATIVE_INFINITY ? above.position - 1
                : above.position / 2 + below.position / 2;
        if (middle < above.position && middle > below.position && Double.isFinite(middle)) {
            return new RankKey(middle, MOVED);
        }
        // Adjacent positions: stand at the lower one, before everything there.
        return new RankKey(below.position, tiebreakBetween("", below.tiebreak));
    }

    /** Whether this key's tiebreak has grown long enough that its gap should be rebalanced. */
    public boolean crowded() {
        return tiebreak.length() > CROWDED_LENGTH;
    }

    /** Ranking order: the first ranks highest. */
    @Override
    public int compareTo(RankKey other) {
        int byPosition = Double.compare(other.position, position);
        return byPosition != 0 ? byPosition : tiebreak.compareTo(other.tiebreak);
    }

    /**
     * A string strictly between {@code low} and {@code high} in string order, ending in a digit other than 0.
     *
     * @param low  the lower bound; "" for none
     * @param high the upper bound, greater than {@code low}; null for none
     */
    static String tiebreakBetween(String low, String high) {
        StringBuilder key = new StringBuilder();
        boolean bounded = high != null;
        for (int i = 0; ; i++) {
            int lowDigit = i < low.length() ? DIGITS.indexOf(low.charAt(i)) : 0;
            int highDigit = bounded ? (i < high.length() ? DIGITS.indexOf(high.charAt(i)) : 0) : BASE;
            if (bounded && lowDigit == highDigit) {
                key.append(DIGITS.charAt(lowDigit));
                continue;
            }
            int middle = (lowDigit + highDigit) / 2;
            if (middle > lowDigit) {
                key.append(DIGITS.charAt(middle));
                String result = key.toString();
                if (result.length() > MAX_TIEBREAK_LENGTH) {
                    throw new RankGapExhaustedException();
                }
                return result;
            }
            key.append(DIGITS.charAt(lowDigit));
            bounded = false;
        }
    }
}
