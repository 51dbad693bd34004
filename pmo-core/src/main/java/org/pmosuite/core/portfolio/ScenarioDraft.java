package org.pmosuite.core.portfolio;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pmosuite.core.portfolio.scoring.ScoringConfigurationDraft;

/**
 * A scenario as a client sent it. What it leaves null it takes from the baseline.
 *
 * @param name           its name
 * @param scoring        other scoring to try, or null
 * @param capacityUnit   another capacity unit, or null for the baseline's
 * @param capacityAmount another capacity amount, or null for the baseline's
 * @param capacityPeriod another period's name, or null
 * @param forcings       forcing to try by issue key: {@code IN}, {@code OUT} or {@code NONE}
 */
public record ScenarioDraft(String name, ScoringConfigurationDraft scoring, String capacityUnit,
        Double capacityAmount, String capacityPeriod, Map<String, String> forcings) {

    /** The most initiatives a scenario may force. */
    public static final int MAX_FORCINGS = 500;

    public ScenarioDraft {
        forcings = forcings == null ? Map.of() : new LinkedHashMap<>(forcings);
    }
}
