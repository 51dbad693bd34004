package org.pmosuite.core.portfolio;

/**
 * A gap between two initiatives has no room left for a key of the stored length, even after its placements were
 * respaced. A move meets it only in a pathological case (thousands of placements in one slot); nothing was written,
 * and edges answer 409 so that the mover moves the initiative next to another neighbour or returns some to their
 * scores.
 */
public class RankGapExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "pmo.portfolio.error.rank-gap-exhausted";

    public RankGapExhaustedException() {
        super("the rank gap is exhausted: rebalance it");
    }
}
