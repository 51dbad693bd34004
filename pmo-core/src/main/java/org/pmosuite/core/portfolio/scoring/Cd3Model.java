package org.pmosuite.core.portfolio.scoring;

import static org.pmosuite.core.portfolio.scoring.ScoringInput.COST_OF_DELAY;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.DURATION;

import java.util.List;

/**
 * CD3, Cost of Delay Divided by Duration: cost of delay per week over the weeks the work blocks the pipeline.
 * Black Swan Farming, https://blackswanfarming.com/cost-of-delay-divided-by-duration/
 */
public final class Cd3Model implements ScoringModel {

    private final ModelInputs inputs = new ModelInputs(ScoringModelType.CD3.inputs());

    @Override
    public ScoringModelType type() {
        return ScoringModelType.CD3;
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
        return ModelInputs.result(this, inputs, inputs.value(COST_OF_DELAY) / inputs.value(DURATION));
    }

    @Override
    public ScoreExplanation explain(ScoringInputs inputs) {
        List<ExplanationStep> steps = List.of();
        if (score(inputs).computed()) {
            double costOfDelay = inputs.value(COST_OF_DELAY);
            double duration = inputs.value(DURATION);
            steps = List.of(ExplanationStep.of(ScoringMessages.CD3_STEP_SCORE, costOfDelay / duration, costOfDelay,
                    duration));
        }
        return new ScoreExplanation(type(), type().formulaKey(), this.inputs.terms(inputs), steps);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cd3Model;
    }

    @Override
    public int hashCode() {
        return Cd3Model.class.hashCode();
    }

    @Override
    public String toString() {
        return "Cd3Model";
    }
}
