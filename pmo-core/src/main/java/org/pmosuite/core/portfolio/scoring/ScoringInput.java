package org.pmosuite.core.portfolio.scoring;

import java.util.Locale;
import java.util.Optional;

/**
 * A scoring input an initiative carries (a Jira custom field), with the scale its values must be on.
 *
 * <p>One field serves every model that reads it: RICE and ICE share {@link #IMPACT} and {@link #CONFIDENCE}, each on
 * RICE's scale (see {@link IceModel} for how ICE reads them).
 */
public enum ScoringInput {
    /** WSJF's user-business value, relative, on SAFe's modified Fibonacci scale. */
    BUSINESS_VALUE("businessValue", "pmo.portfolio.input.business-value", InputScale.modifiedFibonacci()),
    /** WSJF's time criticality, relative, on SAFe's modified Fibonacci scale. */
    TIME_CRITICALITY("timeCriticality", "pmo.portfolio.input.time-criticality", InputScale.modifiedFibonacci()),
    /** WSJF's risk reduction and/or opportunity enablement, relative, on SAFe's modified Fibonacci scale. */
    RISK_REDUCTION("riskReduction", "pmo.portfolio.input.risk-reduction", InputScale.modifiedFibonacci()),
    /** WSJF's job size (the proxy for duration), relative, on SAFe's modified Fibonacci scale; divides the score. */
    JOB_SIZE("jobSize", "pmo.portfolio.input.job-size", InputScale.modifiedFibonacci()),
    /** RICE's reach: people or events per period, any number from 0. */
    REACH("reach", "pmo.portfolio.input.reach", InputScale.atLeast(0)),
    /** RICE's impact on Intercom's scale: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal. */
    IMPACT("impact", "pmo.portfolio.input.impact", InputScale.of(0.25, 0.5, 1, 2, 3)),
    /** Confidence in the estimates, in percent from 0 to 100 (Intercom's scale: 100 high, 80 medium, 50 low). */
    CONFIDENCE("confidence", "pmo.portfolio.input.confidence", InputScale.between(0, 100)),
    /** RICE's effort in person-months, greater than 0; divides the score. */
    EFFORT("effort", "pmo.portfolio.input.effort", InputScale.greaterThan(0)),
    /** ICE's ease, from 1 (hardest) to 10 (easiest). */
    EASE("ease", "pmo.portfolio.input.ease", InputScale.between(1, 10)),
    /** The MoSCoW category as its number ({@link MoscowCategory#value()}): 4 Must, 3 Should, 2 Could, 1 Won't. */
    MOSCOW("moscow", "pmo.portfolio.input.moscow", InputScale.of(1, 2, 3, 4)),
    /** CD3's cost of delay: money (or value) per week, any number from 0. */
    COST_OF_DELAY("costOfDelay", "pmo.portfolio.input.cost-of-delay", InputScale.atLeast(0)),
    /** CD3's duration in weeks, greater than 0; divides the score. */
    DURATION("duration", "pmo.portfolio.input.duration", InputScale.greaterThan(0));

    private final String fieldName;
    private final String messageKey;
    private final InputScale scale;

    ScoringInput(String fieldName, String messageKey, InputScale scale) {
        this.fieldName = fieldName;
        this.messageKey = messageKey;
        this.scale = scale;
    }

    /** The input's name in REST requests and answers, camelCase: {@code businessValue}, {@code jobSize}, ... */
    public String fieldName() {
        return fieldName;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the input may take. */
    public InputScale scale() {
        return scale;
    }

    /** Whether a model divides by this input, so that 0 is an input error and never a division. */
    public boolean divisor() {
        return this == JOB_SIZE || this == EFFORT || this == DURATION;
    }

    /**
     * Parses an input as clients name it: its {@link #fieldName()} ({@code jobSize}) or its constant name
     * ({@code JOB_SIZE}), trimmed and case-insensitive.
     */
    public static Optional<ScoringInput> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip();
        for (ScoringInput input : values()) {
            if (input.fieldName.equalsIgnoreCase(name) || input.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }
}
