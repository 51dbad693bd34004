package org.pmosuite.core.raid;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the register groups its entries ({@code group=project}): the entries of one group come together, groups in
 * the order below, and within a group the query's sort holds.
 * <ul>
 * <li>{@code project}: by project key, ascending.</li>
 * <li>{@code owner}: by the owner's display name, case-insensitively, then by user key; entries without an owner
 * last, as one group.</li>
 * </ul>
 */
public enum RaidLogGrouping {
    PROJECT("project"),
    OWNER("owner");

    private final String jsonName;

    RaidLogGrouping(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<RaidLogGrouping> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        return Arrays.stream(values()).filter(group -> group.jsonName.equalsIgnoreCase(value)).findFirst();
    }
}
