package org.pmosuite.core.raid;

/** The number of probability and impact ratings a heat map shows: 3x3 up to 5x5. */
public record RiskMatrixSize(int value) {
    public static final int MIN = 3;
    public static final int MAX = 5;

    public RiskMatrixSize {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("matrix size must be " + MIN + ".." + MAX + ", was " + value);
        }
    }

    public static RiskMatrixSize fiveByFive() {
        return new RiskMatrixSize(MAX);
    }

    public boolean contains(int rating) {
        return rating >= 1 && rating <= value;
    }
}
