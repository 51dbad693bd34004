package org.pmosuite.core.portfolio.scoring;

import java.util.ArrayList;
import java.util.List;

import org.pmosuite.core.common.FieldError;

/** The inputs one model reads, and the checks every model makes before it computes. Immutable. */
final class ModelInputs {

    private final List<ScoringInput> inputs;
    private final ScoringInput[] array;
    private final int mask;

    ModelInputs(List<ScoringInput> inputs) {
        this.inputs = List.copyOf(inputs);
        this.array = this.inputs.toArray(ScoringInput[]::new);
        int bits = 0;
        for (ScoringInput input : array) {
            bits |= 1 << input.ordinal();
        }
        this.mask = bits;
    }

    List<ScoringInput> list() {
        return inputs;
    }

    /** Whether every input is present and on its scale, without allocating. */
    boolean usable(ScoringInputs values) {
        if (!values.hasAll(mask)) {
            return false;
        }
        for (ScoringInput input : array) {
            if (!input.scale().contains(values.value(input))) {
                return false;
            }
        }
        return true;
    }

    /** The score when {@link #usable} is false: what is missing and what is off its scale. */
    Score rejected(ScoringModel model, ScoringInputs values) {
        List<ScoringInput> missing = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (ScoringInput input : array) {
            if (!values.has(input)) {
                missing.add(input);
            } else {
                input.scale().check(input, values.value(input)).ifPresent(errors::add);
            }
        }
        return Score.notComputed(model, values, missing, errors);
    }

    /** The score of usable inputs: computed, unless the formula overflowed a double. */
    static Score result(ScoringModel model, ScoringInputs values, double score) {
        return Double.isFinite(score) ? Score.computed(model, values, score)
                : Score.notComputed(model, values, List.of(), List.of(FieldError.of("score",
                        ScoringMessages.SCORE_NOT_FINITE)));
    }

    /** Each input as an explanation shows it, weight 1. */
    List<ExplanationTerm> terms(ScoringInputs values) {
        List<ExplanationTerm> terms = new ArrayList<>(array.length);
        for (ScoringInput input : array) {
            terms.add(new ExplanationTerm(input, values.has(input) ? values.value(input) : null, 1));
        }
        return terms;
    }
}
