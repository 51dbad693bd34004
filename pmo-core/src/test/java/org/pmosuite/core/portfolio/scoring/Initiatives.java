package org.pmosuite.core.portfolio.scoring;

import java.util.EnumMap;
import java.util.Map;

/** Builds scoring inputs for tests: {@code Initiatives.with(REACH, 450, IMPACT, 3)}. */
final class Initiatives {

    private Initiatives() {
    }

    /** Alternating inputs and values. */
    static ScoringInputs with(Object... inputsAndValues) {
        Map<ScoringInput, Double> values = new EnumMap<>(ScoringInput.class);
        for (int i = 0; i < inputsAndValues.length; i += 2) {
            values.put((ScoringInput) inputsAndValues[i], ((Number) inputsAndValues[i + 1]).doubleValue());
        }
        return ScoringInputs.of(values);
    }

    static ScoringInputs wsjf(double businessValue, double timeCriticality, double riskReduction, double jobSize) {
        return with(ScoringInput.BUSINESS_VALUE, businessValue, ScoringInput.TIME_CRITICALITY, timeCriticality,
                ScoringInput.RISK_REDUCTION, riskReduction, ScoringInput.JOB_SIZE, jobSize);
    }

    static ScoringInputs rice(double reach, double impact, double confidence, double effort) {
        return with(ScoringInput.REACH, reach, ScoringInput.IMPACT, impact, ScoringInput.CONFIDENCE, confidence,
                ScoringInput.EFFORT, effort);
    }

    static ScoringInputs ice(double impact, double confidence, double ease) {
        return with(ScoringInput.IMPACT, impact, ScoringInput.CONFIDENCE, confidence, ScoringInput.EASE, ease);
    }

    static ScoringInputs cd3(double costOfDelay, double duration) {
        return with(ScoringInput.COST_OF_DELAY, costOfDelay, ScoringInput.DURATION, duration);
    }
}
