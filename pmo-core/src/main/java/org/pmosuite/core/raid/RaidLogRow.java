package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the RAID log as shown: the entry, its score and band on the scope's matrix, and its badges.
 *
 * @param score probability x impact, or null when unrated
 * @param band  the band of the score on the scope's matrix, or null when unrated or off the matrix
 */
public record RaidLogRow(RaidEntry entry, Integer score, ScoreBand band, NeedsAttention attention) {
    public RaidLogRow {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(attention, "attention");
    }

    /** The entry read on a matrix: its score, its band there and what {@link NeedsAttentionPolicies} find. */
    public static RaidLogRow of(RaidEntry entry, RiskMatrix matrix, LocalDate today) {
        return new RaidLogRow(entry, entry.score(), entry.band(matrix).orElse(null),
                NeedsAttentionPolicies.evaluate(entry, matrix, today));
    }
}
