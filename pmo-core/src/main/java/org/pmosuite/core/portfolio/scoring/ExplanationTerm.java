package org.pmosuite.core.portfolio.scoring;

import java.util.Objects;

/**
 * One input as a score's explanation shows it.
 *
 * @param input  the input
 * @param value  its value as the initiative carries it, on its scale or not; {@code null} when missing
 * @param weight its share of a weighted score after the weights are scaled to sum to 1; 1 for the other models
 */
public record ExplanationTerm(ScoringInput input, Double value, double weight) {
    public ExplanationTerm {
        Objects.requireNonNull(input, "input");
    }

    /** Whether the initiative carries the input. */
    public boolean present() {
        return value != null;
    }
}
