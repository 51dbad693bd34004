package org.pmosuite.jira.portfolio.field;

import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.jira.platform.PluginKey;

/**
 * The keys of the app's {@code customfield-type} modules that hold an initiative's scoring inputs and estimates, one
 * type per scoring input plus person-days and budget. The app finds these fields by the complete key of their type,
 * never by name, which an administrator may change; where several fields have one type, the oldest (lowest id) is
 * the one that counts. Once released the keys live in customers' data (Jira stores each field's type key), so they
 * never change: each is spelled out here, not derived from the enum's names.
 *
 * <p>Story points are Jira Software's own field, not the app's: a number field of Jira's {@code float} type named
 * {@value #STORY_POINTS_NAME}, found by that name (Jira Software creates it; its type is Jira's, not ours).
 */
public final class ScoringFieldTypes {

    /** Jira's number custom field type, which Jira Software's Story Points field has. */
    public static final String JIRA_NUMBER_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    /** The name Jira Software gives its story points field. */
    public static final String STORY_POINTS_NAME = "Story Points";

    /** The module key of the person-days estimate's field type. */
    public static final String PERSON_DAYS = "portfolio-person-days-field";
    /** The module key of the budget estimate's field type. */
    public static final String BUDGET = "portfolio-budget-field";

    private ScoringFieldTypes() {
    }

    /** The module key of the input's {@code customfield-type} in the app's descriptor. */
    public static String moduleKey(ScoringInput input) {
        return switch (input) {
            case BUSINESS_VALUE -> "portfolio-business-value-field";
            case TIME_CRITICALITY -> "portfolio-time-criticality-field";
            case RISK_REDUCTION -> "portfolio-risk-reduction-field";
            case JOB_SIZE -> "portfolio-job-size-field";
            case REACH -> "portfolio-reach-field";
            case IMPACT -> "portfolio-impact-field";
            case CONFIDENCE -> "portfolio-confidence-field";
            case EFFORT -> "portfolio-effort-field";
            case EASE -> "portfolio-ease-field";
            case MOSCOW -> "portfolio-moscow-field";
            case COST_OF_DELAY -> "portfolio-cost-of-delay-field";
            case DURATION -> "portfolio-duration-field";
        };
    }

    /** The complete key of the input's field type, as Jira reports it from {@code CustomFieldType.getKey()}. */
    public static String typeKey(ScoringInput input) {
        return PluginKey.completeKey(moduleKey(input));
    }

    /** The complete key of one of the app's field types, such as {@link #PERSON_DAYS}. */
    public static String typeKey(String moduleKey) {
        return PluginKey.completeKey(moduleKey);
    }
}
