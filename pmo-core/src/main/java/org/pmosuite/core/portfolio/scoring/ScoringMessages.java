package org.pmosuite.core.portfolio.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every message key portfolio scoring answers with, besides those of its enums ({@link ScoringInput},
 * {@link ScoringModelType} and its formulas, {@link MoscowCategory}, {@link Direction}); {@link #all()} lists both.
 */
public final class ScoringMessages {

    /** A value is NaN or infinite. */
    public static final String INPUT_NOT_FINITE = "pmo.portfolio.input.error.not-finite";
    /** 0 for an input that divides the score (job size, effort, duration). */
    public static final String INPUT_ZERO_DIVISOR = "pmo.portfolio.input.error.zero-divisor";
    /** {0} the value, {1} the allowed values, e.g. "1, 2, 3, 5, 8, 13, 20". */
    public static final String INPUT_NOT_ON_SCALE = "pmo.portfolio.input.error.not-on-scale";
    /** {0} the value, {1} the lowest allowed value. */
    public static final String INPUT_BELOW_MINIMUM = "pmo.portfolio.input.error.below-minimum";
    /** {0} the value, {1} the bound the value must exceed. */
    public static final String INPUT_NOT_ABOVE_MINIMUM = "pmo.portfolio.input.error.not-above-minimum";
    /** {0} the value, {1} the highest allowed value. */
    public static final String INPUT_ABOVE_MAXIMUM = "pmo.portfolio.input.error.above-maximum";
    /** Valid inputs whose score overflows a double (for example a huge reach over a tiny effort). */
    public static final String SCORE_NOT_FINITE = "pmo.portfolio.score.error.not-finite";

    /** {0} business value, {1} time criticality, {2} risk reduction, {3} cost of delay. */
    public static final String WSJF_STEP_COST_OF_DELAY = "pmo.portfolio.model.wsjf.step.cost-of-delay";
    /** {0} cost of delay, {1} job size, {2} WSJF. */
    public static final String WSJF_STEP_SCORE = "pmo.portfolio.model.wsjf.step.score";
    /** {0} reach, {1} impact, {2} confidence in percent, {3} effort, {4} RICE. */
    public static final String RICE_STEP_SCORE = "pmo.portfolio.model.rice.step.score";
    /** {0} impact, {1} confidence in percent, {2} ease, {3} ICE. */
    public static final String ICE_STEP_SCORE = "pmo.portfolio.model.ice.step.score";
    /**
     * {0} the criterion's position (1-based, as in the terms), {1} the value, {2} the scale's minimum, {3} its
     * maximum, {4} the normalised value, {5} the weight, {6} the contribution (weight x normalised value).
     */
    public static final String WEIGHTED_STEP_BENEFIT = "pmo.portfolio.model.weighted.step.benefit";
    /** As {@link #WEIGHTED_STEP_BENEFIT}, the normalised value being 1 - (value - min) / (max - min). */
    public static final String WEIGHTED_STEP_COST = "pmo.portfolio.model.weighted.step.cost";
    /** {0} the sum of the contributions, {1} the score (100 x the sum). */
    public static final String WEIGHTED_STEP_SCORE = "pmo.portfolio.model.weighted.step.score";
    /** {0} the category's number (4 Must .. 1 Won't), {1} the score. */
    public static final String MOSCOW_STEP_SCORE = "pmo.portfolio.model.moscow.step.score";
    /** {0} cost of delay, {1} duration, {2} CD3. */
    public static final String CD3_STEP_SCORE = "pmo.portfolio.model.cd3.step.score";

    /** No model named. {0} the model names. */
    public static final String MODEL_MISSING = "pmo.portfolio.model.error.missing";
    /** {0} the name sent, {1} the model names. */
    public static final String MODEL_UNKNOWN = "pmo.portfolio.model.error.unknown";
    /** A weighted model without criteria. */
    public static final String CRITERIA_REQUIRED = "pmo.portfolio.model.error.criteria-required";
    /** Criteria sent for a model other than the weighted one. {0} the model. */
    public static final String CRITERIA_UNUSED = "pmo.portfolio.model.error.criteria-unused";
    /** {0} the most criteria allowed, {1} the number sent. */
    public static final String CRITERIA_TOO_MANY = "pmo.portfolio.model.error.criteria-too-many";
    /** A {@code null} in the criteria list. */
    public static final String CRITERION_MISSING = "pmo.portfolio.model.error.criterion-missing";
    public static final String CRITERION_ID_MISSING = "pmo.portfolio.model.error.criterion-id-missing";
    /** {0} the longest id allowed, {1} the id's length. */
    public static final String CRITERION_ID_TOO_LONG = "pmo.portfolio.model.error.criterion-id-too-long";
    /** {0} the id, {1} the position (1-based) of the criterion that already has it. */
    public static final String CRITERION_ID_DUPLICATE = "pmo.portfolio.model.error.criterion-id-duplicate";
    /** {0} the inputs a criterion may read. */
    public static final String CRITERION_INPUT_MISSING = "pmo.portfolio.model.error.criterion-input-missing";
    /** {0} the input sent, {1} the inputs a criterion may read. */
    public static final String CRITERION_INPUT_UNKNOWN = "pmo.portfolio.model.error.criterion-input-unknown";
    /** An input without an upper bound (reach, effort, ...). {0} the input, {1} the inputs a criterion may read. */
    public static final String CRITERION_INPUT_UNBOUNDED = "pmo.portfolio.model.error.criterion-input-unbounded";
    public static final String CRITERION_WEIGHT_MISSING = "pmo.portfolio.model.error.criterion-weight-missing";
    public static final String CRITERION_WEIGHT_NOT_FINITE = "pmo.portfolio.model.error.criterion-weight-not-finite";
    /** {0} the weight. */
    public static final String CRITERION_WEIGHT_NEGATIVE = "pmo.portfolio.model.error.criterion-weight-negative";
    /** {0} the directions. */
    public static final String CRITERION_DIRECTION_MISSING = "pmo.portfolio.model.error.criterion-direction-missing";
    /** {0} the direction sent, {1} the directions. */
    public static final String CRITERION_DIRECTION_UNKNOWN = "pmo.portfolio.model.error.criterion-direction-unknown";
    /** Every criterion weighs 0. */
    public static final String WEIGHTS_ALL_ZERO = "pmo.portfolio.model.error.weights-all-zero";
    /** {0} the category sent, {1} the category names. */
    public static final String CAP_CATEGORY_UNKNOWN = "pmo.portfolio.model.error.cap-category-unknown";
    /** The same category twice, in different cases. {0} the category. */
    public static final String CAP_CATEGORY_DUPLICATE = "pmo.portfolio.model.error.cap-category-duplicate";
    /** {0} and {1} the allowed range, 0 and 100. */
    public static final String CAP_MISSING = "pmo.portfolio.model.error.cap-missing";
    /** {0} and {1} the allowed range, 0 and 100. */
    public static final String CAP_NOT_FINITE = "pmo.portfolio.model.error.cap-not-finite";
    /** {0} the cap, {1} and {2} the allowed range, 0 and 100. */
    public static final String CAP_RANGE = "pmo.portfolio.model.error.cap-range";

    /** Every key portfolio scoring uses, its enums' included, each once. */

    private ScoringMessages() {
    }

    public static List<String> all() {
        List<String> keys = new ArrayList<>(List.of(INPUT_NOT_FINITE, INPUT_ZERO_DIVISOR, INPUT_NOT_ON_SCALE,
                INPUT_BELOW_MINIMUM, INPUT_NOT_ABOVE_MINIMUM, INPUT_ABOVE_MAXIMUM, SCORE_NOT_FINITE,
                WSJF_STEP_COST_OF_DELAY, WSJF_STEP_SCORE, RICE_STEP_SCORE, ICE_STEP_SCORE, WEIGHTED_STEP_BENEFIT,
                WEIGHTED_STEP_COST, WEIGHTED_STEP_SCORE, MOSCOW_STEP_SCORE, CD3_STEP_SCORE, MODEL_MISSING,
                MODEL_UNKNOWN, CRITERIA_REQUIRED, CRITERIA_UNUSED, CRITERIA_TOO_MANY, CRITERION_MISSING,
                CRITERION_ID_MISSING, CRITERION_ID_TOO_LONG, CRITERION_ID_DUPLICATE, CRITERION_INPUT_MISSING,
                CRITERION_INPUT_UNKNOWN, CRITERION_INPUT_UNBOUNDED, CRITERION_WEIGHT_MISSING,
                CRITERION_WEIGHT_NOT_FINITE, CRITERION_WEIGHT_NEGATIVE, CRITERION_DIRECTION_MISSING,
                CRITERION_DIRECTION_UNKNOWN, WEIGHTS_ALL_ZERO, CAP_CATEGORY_UNKNOWN, CAP_CATEGORY_DUPLICATE,
                CAP_MISSING, CAP_NOT_FINITE, CAP_RANGE));
        Arrays.stream(ScoringInput.values()).map(ScoringInput::messageKey).forEach(keys::add);
        for (ScoringModelType model : ScoringModelType.values()) {
            keys.add(model.messageKey());
            keys.add(model.formulaKey());
        }
        Arrays.stream(MoscowCategory.values()).map(MoscowCategory::messageKey).forEach(keys::add);
        Arrays.stream(Direction.values()).map(Direction::messageKey).forEach(keys::add);
        return List.copyOf(keys);
    }
}
