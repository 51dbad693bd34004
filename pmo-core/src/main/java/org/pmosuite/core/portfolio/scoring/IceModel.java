package org.pmosuite.core.portfolio.scoring;

import static org.pmosuite.core.portfolio.scoring.ScoringInput.CONFIDENCE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.EASE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.IMPACT;

import java.util.List;

/**
 * ICE: impact x confidence x ease. Sean Ellis' ICE rates each of the three from 1 to 10; here an initiative keeps one
 * impact and one confidence field for every model, on RICE's scales, so ICE reads them as RICE does: impact on
 * Intercom's 0.25..3 scale and confidence as a fraction (percent / 100), times ease from 1 to 10. Scores therefore run
 * from 0 to 30 rather than 1 to 1000; the order of initiatives is what the score is for.
 */
public final class IceModel implements ScoringModel {

    private final ModelInputs inputs = new ModelInputs(ScoringModelType.ICE.inputs());

    @Override
    public ScoringModelType type() {
        return ScoringModelType.ICE;
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
        return ModelInputs.result(this, inputs, ice(inputs));
    }

    @Override
    public ScoreExplanation explain(ScoringInputs inputs) {
        List<ExplanationStep> steps = List.of();
        if (score(inputs).computed()) {
            steps = List.of(ExplanationStep.of(ScoringMessages.ICE_STEP_SCORE, ice(inputs), inputs.value(IMPACT),
                    inputs.value(CONFIDENCE), inputs.value(EASE)));
        }
        return new ScoreExplanation(type(), type().formulaKey(), this.inputs.terms(inputs), steps);
    }

    private static double ice(ScoringInputs inputs) {
        return inputs.value(IMPACT) * (inputs.value(CONFIDENCE) / 100) * inputs.value(EASE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IceModel;
    }

    @Override
    public int hashCode() {
        return IceModel.class.hashCode();
    }

    @Override
    public String toString() {
        return "IceModel";
    }
}
