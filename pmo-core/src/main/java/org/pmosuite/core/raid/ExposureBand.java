package org.pmosuite.core.raid;

import java.util.Locale;

/**
 * How serious a probability x impact exposure is: the meaning of a risk matrix band, whatever the PMO calls it, so
 * that rules such as "a high or critical risk needs a response plan" hold on every configured matrix.
 */
public enum ExposureBand {
    LOW, MEDIUM, HIGH, CRITICAL;

    /**
     * The band of an exposure on the standard matrix of the given size ({@link RiskMatrix#standard}). The thresholds are fractions of the maximum exposure
     * (size squared): up to 20% low, up to 40% medium, up to 64% high, above that critical. On a 5x5 matrix that is
     * 1-5 low, 6-10 medium, 12-16 high and 20-25 critical.
     */
    public static ExposureBand of(int exposure, RiskMatrixSize size) {
        int max = size.value() * size.value();
        if (exposure < 1 || exposure > max) {
            throw new IllegalArgumentException("exposure " + exposure + " is outside 1.." + max);
        }
        double share = (double) exposure / max;
        if (share <= 0.20) {
            return LOW;
        }
        if (share <= 0.40) {
            return MEDIUM;
        }
        if (share <= 0.64) {
            return HIGH;
        }
        return CRITICAL;
    }

    /** The band's colour in the standard matrix, from Atlassian's design palette: green, yellow, orange, red. */
    public String standardColour() {
        return switch (this) {
            case LOW -> "#36b37e";
            case MEDIUM -> "#ffab00";
            case HIGH -> "#ff8b00";
            case CRITICAL -> "#de350b";
        };
    }

    public String messageKey() {
        return "pmo.raid.band." + name().toLowerCase(Locale.ROOT);
    }
}
