package org.pmosuite.core.portfolio;

import java.util.Objects;

/**
 * The capacity cut line of a ranked board, over the initiatives the viewer sees.
 *
 * @param capacity          what the portfolio can fund
 * @param committed         the estimates of everything funded, forced in included
 * @param forcedIn          the estimates of the initiatives forced in
 * @param fundedCount       how many initiatives are funded
 * @param lastRankAboveLine the rank of the last initiative before the line, or 0 when the line is above all
 * @param overCommitted     whether forced-in initiatives alone exceed the capacity
 */
public record CutLine(Capacity capacity, double committed, double forcedIn, int fundedCount, int lastRankAboveLine,
        boolean overCommitted) {
    public CutLine {
        Objects.requireNonNull(capacity, "capacity");
    }

    /** Capacity not yet committed; negative when over-committed. */
    public double remaining() {
        return capacity.amount() - committed;
    }
}
