package org.pmosuite.core.portfolio.scoring;

import java.util.Objects;

/**
 * One criterion of a weighted scoring model, as an administrator defines it: it reads one scoring input, placed on
 * 0..1 by that input's scale ({@link InputScale#normalise}), and counts with its weight against the other criteria's
 * (weights are scaled to sum to 1, so only their proportions matter).
 *
 * @param id        the criterion's name within its model, trimmed, unique ignoring case
 * @param input     what it reads; only an input whose scale has an upper bound can be normalised
 * @param weight    its relative weight, finite and at least 0
 * @param direction {@link Direction#BENEFIT} when a high value is better, {@link Direction#COST} when a low one is
 */
public record Criterion(String id, ScoringInput input, double weight, Direction direction) {

    /** The longest id, in characters. */
    public static final int MAX_ID_LENGTH = 64;

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(direction, "direction");
        id = id.strip();
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a criterion id has 1 to " + MAX_ID_LENGTH + " characters: " + id);
        }
        if (!input.scale().bounded()) {
            throw new IllegalArgumentException(input + " has no upper bound, so it cannot be a weighted criterion");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("a criterion weight is finite and at least 0: " + weight);
        }
    }

    /**
     * The value's contribution before weighting, 0..1: its position on the input's scale for a benefit, one minus
     * that for a cost.
     *
     * @throws IllegalArgumentException for a value not on the input's scale
     */
    public double normalisedValue(double value) {
        double position = input.scale().normalise(value);
        return direction == Direction.BENEFIT ? position : 1 - position;
    }
}
