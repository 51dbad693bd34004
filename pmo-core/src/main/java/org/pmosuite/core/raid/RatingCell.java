package org.pmosuite.core.raid;

/** One cell of the heat map as a filter, written {@code PxI} (probability x impact), such as {@code 4x5}. */
public record RatingCell(int probability, int impact) {
    public RatingCell {
        if (probability < 1 || impact < 1) {
            throw new IllegalArgumentException("ratings start at 1: " + probability + "x" + impact);
        }
    }

    @Override
    public String toString() {
        return probability + "x" + impact;
    }
}
