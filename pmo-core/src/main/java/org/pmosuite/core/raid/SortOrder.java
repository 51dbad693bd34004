package org.pmosuite.core.raid;

import java.util.Locale;
import java.util.Optional;

/** The direction of a sort, written {@code asc} or {@code desc}. */
public enum SortOrder {
    ASC, DESC;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SortOrder> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (SortOrder order : values()) {
            if (order.jsonName().equals(value)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
