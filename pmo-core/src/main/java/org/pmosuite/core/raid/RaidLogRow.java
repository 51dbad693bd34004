package org.pmosuite.core.raid;

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
}
