package org.pmosuite.core.raid;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of RAID entry. */
public enum RaidType {
    RISK, ASSUMPTION, ISSUE, DEPENDENCY;

    public String messageKey() {
        return "pmo.raid.type." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a type as clients write it, case-insensitively. */
    public static Optional<RaidType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
