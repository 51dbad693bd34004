package org.pmosuite.core.portfolio;

/**
 * How big an initiative is, in each unit a portfolio's capacity can be counted in. Null where nobody estimated.
 *
 * @param storyPoints the initiative's story points
 * @param personDays  its effort in person-days
 * @param budget      its cost
 */
public record Estimates(Double storyPoints, Double personDays, Double budget) {

    public static final Estimates NONE = new Estimates(null, null, null);

    /** The estimate in this unit, or null when there is none. */
    public Double in(CapacityUnit unit) {
        return switch (unit) {
            case STORY_POINTS -> storyPoints;
            case PERSON_DAYS -> personDays;
            case BUDGET -> budget;
        };
    }
}
