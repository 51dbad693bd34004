package org.pmosuite.core.portfolio;

import java.util.Objects;

import org.pmosuite.core.portfolio.scoring.Score;

/**
 * One initiative on a ranked board.
 *
 * @param rank         its place among the initiatives the viewer sees, from 1
 * @param initiative   the initiative
 * @param score        its score under the model ranked by, with the explanation
 * @param placement    the PMO lead's manual decision about it, or null
 * @param forcing      the forcing that applied (the scenario's, when ranking a scenario)
 * @param estimate     its estimate in the capacity unit, or null
 * @param funding      where it stands against the capacity
 * @param runningTotal the capacity used by everything funded up to and including this row
 */
public record RankedInitiative(int rank, Initiative initiative, Score score, RankPlacement placement,
        Forcing forcing, Double estimate, Funding funding, double runningTotal) {
    public RankedInitiative {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(forcing, "forcing");
        Objects.requireNonNull(funding, "funding");
    }

    public boolean moved() {
        return placement != null && placement.moved();
    }

    /**
     * Where it stands: its placement's key when moved, else its score's. Made when asked for, so that ranking a
     * whole board builds no key for the initiatives nobody moved.
     */
    public RankKey key() {
        return moved() ? placement.key()
                : RankKey.unmoved(score.computed() ? score.value().getAsDouble() : null, initiative.issueId());
    }
}
