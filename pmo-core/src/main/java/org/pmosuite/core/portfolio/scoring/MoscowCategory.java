package org.pmosuite.core.portfolio.scoring;

import java.util.Locale;
import java.util.Optional;

/**
 * DSDM's MoSCoW priorities, each with the number an initiative's {@link ScoringInput#MOSCOW} field holds: Must 4,
 * Should 3, Could 2, Won't (have this time) 1. See DSDM Agile Project Framework, chapter 10, MoSCoW Prioritisation,
 * https://www.agilebusiness.org/dsdm-project-framework/moscow-prioririsation.html
 */
public enum MoscowCategory {
    MUST(4, "pmo.portfolio.moscow.must"),
    SHOULD(3, "pmo.portfolio.moscow.should"),
    COULD(2, "pmo.portfolio.moscow.could"),
    WONT(1, "pmo.portfolio.moscow.wont");

    private final int value;
    private final String messageKey;

    MoscowCategory(int value, String messageKey) {
        this.value = value;
        this.messageKey = messageKey;
    }

    /** The number stored in the MoSCoW field, and the MoSCoW model's score. */
    public int value() {
        return value;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The category a stored number stands for; empty for any number but 1, 2, 3 and 4. */
    public static Optional<MoscowCategory> ofValue(double value) {
        for (MoscowCategory category : values()) {
            if (category.value == value) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** Parses a category name ({@code MUST}, {@code should}, ...), trimmed and case-insensitive. */
    public static Optional<MoscowCategory> parse(String text) {
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
