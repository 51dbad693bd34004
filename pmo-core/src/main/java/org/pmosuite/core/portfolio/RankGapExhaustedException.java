package org.pmosuite.core.portfolio;

/** So many moves went into one gap that its key would pass the stored length: the gap must be rebalanced first. */
public class RankGapExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RankGapExhaustedException() {
        super("the rank gap is exhausted: rebalance it");
    }
}
