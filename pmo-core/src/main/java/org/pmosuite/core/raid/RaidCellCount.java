package org.pmosuite.core.raid;

/**
 * How many RAID entries carry one probability and impact rating. A rating of 0 means "not rated".
 */
public record RaidCellCount(int probability, int impact, long count) {
    public RaidCellCount {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
