package org.pmosuite.core.raid;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One band of a risk matrix: the scores from {@code minScore} up to the next band's, what they mean and how they
 * are drawn.
 *
 * @param key      what the band means to the rules (for example "a high or critical risk needs a response plan")
 * @param label    the name the PMO gave the band, trimmed
 * @param minScore the lowest probability x impact score in the band
 * @param colour   {@code #rrggbb}, lower case
 */
public record ScoreBand(ExposureBand key, String label, int minScore, String colour) {

    private static final Pattern COLOUR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    public ScoreBand {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        if (!RiskMatrixDraft.labelProblems("label", label).isEmpty()) {
            throw new IllegalArgumentException("invalid band label: " + label);
        }
        label = label.strip();
        if (minScore < 1) {
            throw new IllegalArgumentException("minScore must be at least 1, was " + minScore);
        }
        String given = colour;
        colour = normaliseColour(given)
                .orElseThrow(() -> new IllegalArgumentException("colour must be #rgb or #rrggbb: " + given));
    }

    /** {@code #rgb} or {@code #rrggbb} in any case, trimmed, as {@code #rrggbb} in lower case; empty otherwise. */
    static Optional<String> normaliseColour(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String colour = raw.strip();
        if (!COLOUR.matcher(colour).matches()) {
            return Optional.empty();
        }
        colour = colour.toLowerCase(Locale.ROOT);
        if (colour.length() == 4) {
            colour = "#" + colour.charAt(1) + colour.charAt(1) + colour.charAt(2) + colour.charAt(2)
                    + colour.charAt(3) + colour.charAt(3);
        }
        return Optional.of(colour);
    }
}
