package org.pmosuite.core.raid;

import java.util.Locale;

/** How serious a probability x impact exposure is, relative to the largest exposure the matrix can show. */
public enum ExposureBand {
    LOW, MEDIUM, HIGH, CRITICAL;

    /**
     * The band of an exposure on a matrix of the given size. The thresholds are fractions of the maximum exposure
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

    public String messageKey() {
        return "pmo.raid.band." + name().toLowerCase(Locale.ROOT);
    }
}
