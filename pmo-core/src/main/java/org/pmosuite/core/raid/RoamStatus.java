package org.pmosuite.core.raid;

import java.util.Locale;
import java.util.Optional;

/** Where a RAID entry stands in ROAM triage: Resolved, Owned, Accepted or Mitigated. */
public enum RoamStatus {
    RESOLVED, OWNED, ACCEPTED, MITIGATED;

    public String messageKey() {
        return "pmo.raid.roam." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses a ROAM status as clients write it, trimmed, whatever its case. */
    public static Optional<RoamStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
