package org.pmosuite.core.portfolio;

import java.util.Objects;

/**
 * What a portfolio can fund in one period.
 *
 * @param unit   story points, person-days or budget
 * @param amount how much of it; finite and not negative
 * @param period the period's name as the PMO says it, such as {@code 2027 Q1}; may be empty
 */
public record Capacity(CapacityUnit unit, double amount, String period) {
    /** The longest period name a portfolio or a scenario takes. */
    public static final int MAX_PERIOD_LENGTH = 60;

    public Capacity {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException("capacity must be finite and not negative: " + amount);
        }
        period = period == null ? "" : period.strip();
    }
}
