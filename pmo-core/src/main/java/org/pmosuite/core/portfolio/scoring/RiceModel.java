package org.pmosuite.core.portfolio.scoring;

import static org.pmosuite.core.portfolio.scoring.ScoringInput.CONFIDENCE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.EFFORT;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.IMPACT;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.REACH;

import java.util.List;

/**
 * Intercom's RICE: reach x impact x confidence / effort, with reach in people or events per period, impact on
 * Intercom's 3 / 2 / 1 / 0.5 / 0.25 scale, confidence as a percentage (used as a fraction: 80 reads as 0.8) and
 * effort in person-months. https://www.intercom.com/blog/rice-simple-prioritization-for-product-managers/
 */
public final class RiceModel implements ScoringModel {

    private final ModelInputs inputs = new ModelInputs(ScoringModelType.RICE.inputs());

    @Override
    public ScoringModelType type() {
        return ScoringModelType.RICE;
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
        return ModelInputs.result(this, inputs, rice(inputs));
    }

    @Override
    public ScoreExplanation explain(ScoringInputs inputs) {
        List<ExplanationStep> steps = List.of();
        if (score(inputs).computed()) {
            steps = List.of(ExplanationStep.of(ScoringMessages.RICE_STEP_SCORE, rice(inputs), inputs.value(REACH),
                    inputs.value(IMPACT), inputs.value(CONFIDENCE), inputs.value(EFFORT)));
        }
        return new ScoreExplanation(type(), type().formulaKey(), this.inputs.terms(inputs), steps);
    }

    private static double rice(ScoringInputs inputs) {
        return inputs.value(REACH) * inputs.value(IMPACT) * (inputs.value(CONFIDENCE) / 100) / inputs.value(EFFORT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiceModel;
    }

    @Override
    public int hashCode() {
        return RiceModel.class.hashCode();
    }

    @Override
    public String toString() {
        return "RiceModel";
    }
}
