package org.pmosuite.core.portfolio;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario beside the baseline, over the initiatives the viewer sees.
 *
 * @param scenario        the scenario
 * @param baseline        the baseline's cut line
 * @param trial           the scenario's cut line
 * @param entering        how many initiatives the scenario funds that the baseline does not
 * @param leaving         how many the baseline funds that the scenario does not
 * @param movedUp         how many rank higher in the scenario
 * @param movedDown       how many rank lower in the scenario
 * @param rows            the page of rows asked for, in the scenario's order
 * @param matching        how many rows the comparison's filter keeps
 * @param startAt         the page's first row
 * @param maxResults      the page size asked for
 * @param visibleForcings the scenario's forcing of initiatives the viewer sees, by issue key
 */
public record ScenarioComparison(Scenario scenario, CutLine baseline, CutLine trial, int entering, int leaving,
        int movedUp, int movedDown, List<Row> rows, int matching, int startAt, int maxResults,
        Map<String, Forcing> visibleForcings) {
    public ScenarioComparison {
        Objects.requireNonNull(scenario, "scenario");
        rows = List.copyOf(rows);
        visibleForcings = Map.copyOf(visibleForcings);
    }

    /** How an initiative's funding changes from the baseline to the scenario. */
    public enum Change {
        ENTERS, LEAVES, STAYS_FUNDED, STAYS_UNFUNDED
    }

    /**
     * One initiative in both rankings.
     *
     * @param baseline its place in the baseline
     * @param trial    its place in the scenario
     * @param change   how its funding changes
     */
    public record Row(RankedInitiative baseline, RankedInitiative trial, Change change) {
        /** Places gained in the scenario: positive when it ranks higher. */
        public int placesGained() {
            return baseline.rank() - trial.rank();
        }
    }
}
