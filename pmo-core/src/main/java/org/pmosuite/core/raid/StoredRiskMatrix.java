package org.pmosuite.core.raid;

import java.time.Instant;
import java.util.Objects;

/**
 * A risk matrix as saved, with what a versioned write needs.
 *
 * @param version   1 after the first save, one more after each save
 * @param updatedBy the user key of who saved it last
 * @param updatedAt when it was saved last
 */
public record StoredRiskMatrix(RiskMatrix matrix, long version, String updatedBy, Instant updatedAt) {
    public StoredRiskMatrix {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("a stored matrix has version 1 or more, was " + version);
        }
    }
}
