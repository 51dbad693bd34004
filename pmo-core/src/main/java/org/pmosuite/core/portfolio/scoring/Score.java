package org.pmosuite.core.portfolio.scoring;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.pmosuite.core.common.FieldError;

/**
 * An initiative's score under one model, or why there is none. A score is computed only when every input the model
 * reads is present and on its scale; then its value is finite, at full precision. The explanation is built when
 * asked for, so that scoring a whole portfolio stays cheap. Immutable.
 */
public final class Score {

    private final ScoringModel model;
    private final ScoringInputs inputs;
    /** NaN when not computed. */
    private final double value;
    /** Whether nothing is missing and nothing is off its scale, kept apart for {@link ScoreOrder}'s comparisons. */
    private final boolean computed;
    private final List<ScoringInput> missing;
    private final List<FieldError> inputErrors;

    private Score(ScoringModel model, ScoringInputs inputs, double value, List<ScoringInput> missing,
            List<FieldError> inputErrors) {
        this.model = Objects.requireNonNull(model, "model");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.value = value;
        this.missing = missing;
        this.inputErrors = inputErrors;
        this.computed = missing.isEmpty() && inputErrors.isEmpty();
    }

    /** A computed score; -0 is kept as 0, so that equal scores compare equal. */
    public static Score computed(ScoringModel model, ScoringInputs inputs, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a computed score is finite: " + value);
        }
        return new Score(model, inputs, value + 0.0, List.of(), List.of());
    }

    /**
     * A score that could not be computed.
     *
     * @param missing     the inputs the model reads that are absent, in the model's order
     * @param inputErrors the present values off their scale; at least one of the two lists is not empty
     */
    public static Score notComputed(ScoringModel model, ScoringInputs inputs, List<ScoringInput> missing,
            List<FieldError> inputErrors) {
        List<ScoringInput> absent = List.copyOf(missing);
        List<FieldError> errors = List.copyOf(inputErrors);
        if (absent.isEmpty() && errors.isEmpty()) {
            throw new IllegalArgumentException("a score that is not computed names a missing input or an error");
        }
        return new Score(model, inputs, Double.NaN, absent, errors);
    }

    /** The score, empty when it is not computed. */
    public OptionalDouble value() {
        return computed() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Whether nothing was missing and every input was on its scale. */
    public boolean computed() {
        return computed;
    }

    /** The inputs the model needs that are absent, in the model's order. */
    public List<ScoringInput> missing() {
        return missing;
    }

    /** The present values off their scale, 0 for an input that divides included. */
    public List<FieldError> inputErrors() {
        return inputErrors;
    }

    /** Why the score is what it is; always present, its steps empty when the score is not computed. */
    public ScoreExplanation explanation() {
        return model.explain(inputs);
    }

    public ScoringModelType model() {
        return model.type();
    }

    /** The inputs the score was computed from. */
    public ScoringInputs inputs() {
        return inputs;
    }

    /** The value, NaN when not computed: for {@link ScoreOrder} without an optional per comparison. */
    double rawValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Score score && Double.compare(value, score.value) == 0 && model.equals(score.model)
                && inputs.equals(score.inputs) && missing.equals(score.missing)
                && inputErrors.equals(score.inputErrors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, inputs, value, missing, inputErrors);
    }

    @Override
    public String toString() {
        return computed() ? "Score[" + model.type() + " " + value + "]"
                : "Score[" + model.type() + " missing=" + missing + " errors=" + inputErrors + "]";
    }
}
