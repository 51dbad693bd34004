package org.pmosuite.core.portfolio.scoring;

import java.util.List;

/**
 * MoSCoW: the score is the category's number, 4 Must, 3 Should, 2 Could, 1 Won't, so initiatives rank by category
 * and, within one, by the ranking's tiebreak. How much capacity each category may take
 * ({@link ScoringConfiguration#capPercent}) is for the capacity cut line to apply, not for the score.
 */
public final class MoscowModel implements ScoringModel {

    private final ModelInputs inputs = new ModelInputs(ScoringModelType.MOSCOW.inputs());

    @Override
    public ScoringModelType type() {
        return ScoringModelType.MOSCOW;
    }

    @Override
    public List<ScoringInput> inputs() {
        return this.inputs.list();
    }

    @Override
    public Score score(ScoringInputs inputs) {
        if (!this.inputs.usable(inputs)) {
            return this.inputs.rejected(this, inputs);
        }
        return ModelInputs.result(this, inputs, inputs.value(ScoringInput.MOSCOW));
    }

    @Override
    public ScoreExplanation explain(ScoringInputs inputs) {
        List<ExplanationStep> steps = List.of();
        if (score(inputs).computed()) {
            double category = inputs.value(ScoringInput.MOSCOW);
            steps = List.of(ExplanationStep.of(ScoringMessages.MOSCOW_STEP_SCORE, category, category));
        }
        return new ScoreExplanation(type(), type().formulaKey(), this.inputs.terms(inputs), steps);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoscowModel;
    }

    @Override
    public int hashCode() {
        return MoscowModel.class.hashCode();
    }

    @Override
    public String toString() {
        return "MoscowModel";
    }
}
