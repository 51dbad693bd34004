package org.pmosuite.core.portfolio.scoring;

import java.util.Locale;
import java.util.Optional;

/** Whether a weighted criterion rewards high values ({@code BENEFIT}) or low ones ({@code COST}). */
public enum Direction {
    BENEFIT("pmo.portfolio.criterion.benefit"),
    COST("pmo.portfolio.criterion.cost");

    private final String messageKey;

    Direction(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Parses {@code BENEFIT} or {@code COST}, trimmed and case-insensitive. */
    public static Optional<Direction> parse(String text) {
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
