package org.pmosuite.core.portfolio;

import java.util.Locale;
import java.util.Optional;

/** What a portfolio's capacity is counted in, and so which estimate of an initiative the cut line adds up. */
public enum CapacityUnit {
    STORY_POINTS,
    PERSON_DAYS,
    BUDGET;

    public String messageKey() {
        return "pmo.portfolio.capacity.unit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CapacityUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CapacityUnit unit : values()) {
            if (unit.name().equals(wanted)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
