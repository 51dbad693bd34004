package org.pmosuite.core.portfolio.scoring;

import static org.pmosuite.core.portfolio.scoring.ScoringInput.BUSINESS_VALUE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.JOB_SIZE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.RISK_REDUCTION;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.TIME_CRITICALITY;

import java.util.List;

/**
 * Weighted Shortest Job First as SAFe estimates it: cost of delay (user-business value + time criticality + risk
 * reduction and/or opportunity enablement) divided by job size, each a relative estimate on the modified Fibonacci
 * scale. Scores run from 3 / 20 = 0.15 to 60 / 1 = 60. https://framework.scaledagile.com/wsjf
 */
public final class WsjfModel implements ScoringModel {

    private final ModelInputs inputs = new ModelInputs(ScoringModelType.WSJF.inputs());

    @Override
    public ScoringModelType type() {
        return ScoringModelType.WSJF;
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
        return ModelInputs.result(this, inputs, costOfDelay(inputs) / inputs.value(JOB_SIZE));
    }

    @Override
    public ScoreExplanation explain(ScoringInputs inputs) {
        List<ExplanationStep> steps = List.of();
        if (score(inputs).computed()) {
            double costOfDelay = costOfDelay(inputs);
            double jobSize = inputs.value(JOB_SIZE);
            steps = List.of(
                    ExplanationStep.of(ScoringMessages.WSJF_STEP_COST_OF_DELAY, costOfDelay,
                            inputs.value(BUSINESS_VALUE), inputs.value(TIME_CRITICALITY),
                            inputs.value(RISK_REDUCTION)),
                    ExplanationStep.of(ScoringMessages.WSJF_STEP_SCORE, costOfDelay / jobSize, costOfDelay, jobSize));
        }
        return new ScoreExplanation(type(), type().formulaKey(), this.inputs.terms(inputs), steps);
    }

    private static double costOfDelay(ScoringInputs inputs) {
        return inputs.value(BUSINESS_VALUE) + inputs.value(TIME_CRITICALITY) + inputs.value(RISK_REDUCTION);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WsjfModel;
    }

    @Override
    public int hashCode() {
        return WsjfModel.class.hashCode();
    }

    @Override
    public String toString() {
        return "WsjfModel";
    }
}
