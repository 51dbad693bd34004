package org.pmosuite.core.portfolio.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.pmosuite.core.common.FieldError;

/**
 * The scoring inputs of one initiative: a value per input it carries. An absent input is missing, never read as 0.
 * Values are kept as given, on their scale or not; {@link #errors()} lists those off their scale. Immutable.
 */
public final class ScoringInputs {

    private static final int COUNT = ScoringInput.values().length;

    /** Bit {@code ordinal} is set for every input present. */
    private final int present;
    /** Indexed by ordinal; 0 where absent. */
    private final double[] values;

    private ScoringInputs(int present, double[] values) {
        this.present = present;
        this.values = values;
    }

    /** No input at all. */
    public static ScoringInputs empty() {
        return new ScoringInputs(0, new double[COUNT]);
    }

    /** The given values; a {@code null} value counts as absent. */
    public static ScoringInputs of(Map<ScoringInput, Double> values) {
        int present = 0;
        double[] copy = new double[COUNT];
        for (Map.Entry<ScoringInput, Double> entry : values.entrySet()) {
            ScoringInput input = Objects.requireNonNull(entry.getKey(), "input");
            if (entry.getValue() != null) {
                present |= 1 << input.ordinal();
                copy[input.ordinal()] = entry.getValue();
            }
        }
        return present == 0 ? empty() : new ScoringInputs(present, copy);
    }

    /** The value of the input, empty when the initiative does not carry it. */
    public OptionalDouble get(ScoringInput input) {
        return has(input) ? OptionalDouble.of(values[input.ordinal()]) : OptionalDouble.empty();
    }

    public boolean has(ScoringInput input) {
        return (present & (1 << input.ordinal())) != 0;
    }

    /** These inputs with {@code input} set to {@code value}. */
    public ScoringInputs with(ScoringInput input, double value) {
        double[] copy = values.clone();
        copy[input.ordinal()] = value;
        return new ScoringInputs(present | (1 << input.ordinal()), copy);
    }

    /** These inputs without {@code input}. */
    public ScoringInputs without(ScoringInput input) {
        if (!has(input)) {
            return this;
        }
        double[] copy = values.clone();
        copy[input.ordinal()] = 0;
        int rest = present & ~(1 << input.ordinal());
        return rest == 0 ? empty() : new ScoringInputs(rest, copy);
    }

    /** Every value off its input's scale (including 0 for an input that divides a score), in input order. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        for (ScoringInput input : ScoringInput.values()) {
            if (has(input)) {
                input.scale().check(input, values[input.ordinal()]).ifPresent(errors::add);
            }
        }
        return Collections.unmodifiableList(errors);
    }

    /** The inputs present, in input order. */
    public Map<ScoringInput, Double> asMap() {
        Map<ScoringInput, Double> map = new EnumMap<>(ScoringInput.class);
        for (ScoringInput input : ScoringInput.values()) {
            if (has(input)) {
                map.put(input, values[input.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The value of a present input, for the models' hot path; the caller checked {@link #has}. */
    double value(ScoringInput input) {
        return values[input.ordinal()];
    }

    /** Whether every input of the mask (bits by ordinal) is present. */
    boolean hasAll(int mask) {
        return (present & mask) == mask;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ScoringInputs inputs) || inputs.present != present) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.compare(values[i], inputs.values[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = present;
        for (double value : values) {
            hash = hash * 31 + Double.hashCode(value);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "ScoringInputs" + asMap();
    }
}
