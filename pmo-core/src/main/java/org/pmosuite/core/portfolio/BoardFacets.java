package org.pmosuite.core.portfolio;

import java.util.List;
import java.util.Map;

/**
 * The values a board's filters offer, each with how many visible initiatives carry it, sorted by value.
 *
 * @param projects project key to count
 * @param statuses status name to count
 * @param themes   theme to count
 * @param owners   owner user key to their display name
 */
public record BoardFacets(Map<String, Integer> projects, Map<String, Integer> statuses, Map<String, Integer> themes,
        Map<String, String> owners) {
    public BoardFacets {
        projects = Map.copyOf(projects);
        statuses = Map.copyOf(statuses);
        themes = Map.copyOf(themes);
        owners = Map.copyOf(owners);
    }

    public static List<String> sortedKeys(Map<String, ?> values) {
        return values.keySet().stream().sorted().toList();
    }
}
