package org.pmosuite.core.raid;

import java.time.Instant;
import java.util.Objects;

/**
 * The risk matrix that applies to a project or to the portfolio, and where it comes from.
 *
 * @param version   the version of the matrix at its source, to send back with a change of that source; 0 for the
 *                  standard matrix. When {@code inherited}, a project's own first matrix is saved with version 0.
 * @param inherited whether a project uses the portfolio default (configured or standard) rather than its own
 * @param updatedBy the user key of who saved it last; null for the standard matrix
 * @param updatedAt when it was saved last; null for the standard matrix
 */
public record EffectiveRiskMatrix(RiskMatrix matrix, long version, boolean inherited, Source source,
        String updatedBy, Instant updatedAt) {

    /** Where a matrix comes from. */
    public enum Source {
        /** Nobody configured one: the standard 5x5 matrix. */
        STANDARD,
        /** The portfolio-wide default the PMO configured. */
        PORTFOLIO,
        /** The project's own matrix. */
        PROJECT
    }

    public EffectiveRiskMatrix {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(source, "source");
        if (source == Source.STANDARD && (version != 0 || updatedBy != null || updatedAt != null)) {
            throw new IllegalArgumentException("the standard matrix was never saved");
        }
        if (source != Source.STANDARD && (version < 1 || updatedBy == null || updatedAt == null)) {
            throw new IllegalArgumentException("a saved matrix has a version, an author and a time");
        }
        if (source == Source.PROJECT && inherited) {
            throw new IllegalArgumentException("a project's own matrix is not inherited");
        }
    }

    static EffectiveRiskMatrix standard(RiskMatrix matrix) {
        return new EffectiveRiskMatrix(matrix, 0, false, Source.STANDARD, null, null);
    }

    static EffectiveRiskMatrix stored(StoredRiskMatrix stored, Source source) {
        return new EffectiveRiskMatrix(stored.matrix(), stored.version(), false, source, stored.updatedBy(),
                stored.updatedAt());
    }

    /** The same matrix, as a project without its own sees it. */
    EffectiveRiskMatrix inheritedByProject() {
        return new EffectiveRiskMatrix(matrix, version, true, source, updatedBy, updatedAt);
    }
}
