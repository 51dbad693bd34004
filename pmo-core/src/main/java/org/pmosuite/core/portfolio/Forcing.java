package org.pmosuite.core.portfolio;

/** A PMO lead's decision that overrides the cut line for one initiative. */
public enum Forcing {
    /** The cut line decides. */
    NONE,
    /** Funded whatever its rank: it takes capacity before anything ranked. */
    IN,
    /** Not funded whatever its rank: it takes no capacity. */
    OUT
}
