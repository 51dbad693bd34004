package org.pmosuite.core.portfolio.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.pmosuite.core.common.FieldError;

/**
 * The values a scoring input may take: either a discrete set (SAFe's modified Fibonacci 1, 2, 3, 5, 8, 13, 20,
 * Intercom's impact 3, 2, 1, 0.5, 0.25, MoSCoW's 1..4) or a range from a lower bound, inclusive or exclusive, up to
 * an inclusive upper bound or without one. Immutable.
 */
public final class InputScale {

    /** SAFe's modified Fibonacci sequence for relative estimates (https://framework.scaledagile.com/wsjf). */
    public static InputScale modifiedFibonacci() {
        return of(1, 2, 3, 5, 8, 13, 20);
    }

    private final double[] values;
    private final double min;
    private final boolean minInclusive;
    private final double max;

    private InputScale(double[] values, double min, boolean minInclusive, double max) {
        this.values = values;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
    }

    /** A discrete scale: exactly these values, in any order, at least one, all finite. */
    public static InputScale of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a discrete scale has at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (!Double.isFinite(sorted[i]) || (i > 0 && sorted[i] == sorted[i - 1])) {
                throw new IllegalArgumentException("scale values must be finite and distinct: "
                        + Arrays.toString(values));
            }
        }
        return new InputScale(sorted, sorted[0], true, sorted[sorted.length - 1]);
    }

    /** Any number from {@code min} on, {@code min} included, with no upper bound. */
    public static InputScale atLeast(double min) {
        return range(min, true, Double.POSITIVE_INFINITY);
    }

    /** Any number greater than {@code min}, with no upper bound. */
    public static InputScale greaterThan(double min) {
        return range(min, false, Double.POSITIVE_INFINITY);
    }

    /** Any number from {@code min} to {@code max}, both included. */
    public static InputScale between(double min, double max) {
        return range(min, true, max);
    }

    private static InputScale range(double min, boolean minInclusive, double max) {
        if (!Double.isFinite(min) || Double.isNaN(max) || max == Double.NEGATIVE_INFINITY || max < min
                || (max == min && !minInclusive)) {
            throw new IllegalArgumentException("not a range: " + min + ".." + max);
        }
        return new InputScale(null, min, minInclusive, max);
    }

    /** Whether only the listed {@link #values()} are allowed. */
    public boolean discrete() {
        return values != null;
    }

    /** The allowed values in ascending order, for a discrete scale; empty for a range. */
    public List<Double> values() {
        return values == null ? List.of() : Arrays.stream(values).boxed().toList();
    }

    /** The lowest allowed value, or the exclusive lower bound of a range that excludes it. */
    public double min() {
        return min;
    }

    /** Whether {@link #min()} itself is allowed. */
    public boolean minInclusive() {
        return minInclusive;
    }

    /** The highest allowed value; {@link Double#POSITIVE_INFINITY} when the scale has no upper bound. */
    public double max() {
        return max;
    }

    /** Whether the scale has an upper bound, so that {@link #normalise} can map it onto 0..1. */
    public boolean bounded() {
        return max != Double.POSITIVE_INFINITY;
    }

    /** Whether the value is allowed; never for NaN or an infinity. */
    public boolean contains(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        if (values != null) {
            for (double allowed : values) {
                if (allowed == value) {
                    return true;
                }
            }
            return false;
        }
        return (minInclusive ? value >= min : value > min) && value <= max;
    }

    /**
     * What is wrong with a value of the input, reported against its {@link ScoringInput#fieldName()}: not a finite
     * number; 0 where the input divides the score ({@code pmo.portfolio.input.error.zero-divisor}, never a
     * division); not on a discrete scale (the value and the allowed values, e.g. {@code "1, 2, 3, 5, 8, 13, 20"});
     * or outside a range (the value and the bound). Empty when the value is allowed.
     */
    public Optional<FieldError> check(ScoringInput input, double value) {
        if (contains(value)) {
            return Optional.empty();
        }
        String field = input.fieldName();
        if (!Double.isFinite(value)) {
            return Optional.of(FieldError.of(field, ScoringMessages.INPUT_NOT_FINITE));
        }
        if (value == 0 && input.divisor()) {
            return Optional.of(FieldError.of(field, ScoringMessages.INPUT_ZERO_DIVISOR));
        }
        if (values != null) {
            return Optional.of(FieldError.of(field, ScoringMessages.INPUT_NOT_ON_SCALE, value, allowedValues()));
        }
        if (value > max) {
            return Optional.of(FieldError.of(field, ScoringMessages.INPUT_ABOVE_MAXIMUM, value, max));
        }
        return Optional.of(minInclusive ? FieldError.of(field, ScoringMessages.INPUT_BELOW_MINIMUM, value, min)
                : FieldError.of(field, ScoringMessages.INPUT_NOT_ABOVE_MINIMUM, value, min));
    }

    /**
     * The value's position on a bounded scale, 0 at {@link #min()} and 1 at {@link #max()}, linear in the value (so
     * 5 on the modified Fibonacci scale is (5 - 1) / (20 - 1)). A one-value scale maps its value to 1.
     *
     * @throws IllegalArgumentException for an unbounded scale or a value not on the scale
     */
    public double normalise(double value) {
        if (!bounded()) {
            throw new IllegalArgumentException("an unbounded scale cannot be normalised");
        }
        if (!contains(value)) {
            throw new IllegalArgumentException(value + " is not on the scale " + this);
        }
        return max == min ? 1 : (value - min) / (max - min);
    }

    /** The allowed values of a discrete scale as the neutral list an error shows: {@code "0.25, 0.5, 1, 2, 3"}. */
    String allowedValues() {
        return values == null ? "" : Arrays.stream(values).mapToObj(InputScale::plain)
                .collect(Collectors.joining(", "));
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputScale scale && Arrays.equals(values, scale.values)
                && Double.compare(min, scale.min) == 0 && minInclusive == scale.minInclusive
                && Double.compare(max, scale.max) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Double.hashCode(min) * 17 + Double.hashCode(max)
                + (minInclusive ? 1 : 0);
    }

    @Override
    public String toString() {
        if (values != null) {
            return "{" + allowedValues() + "}";
        }
        return (minInclusive ? "[" : "(") + plain(min) + ", " + (bounded() ? plain(max) + "]" : "inf)");
    }
}
