package org.pmosuite.core.raid;

/** One cell of a heat map: the open entries with this probability and impact, and how serious that is. */
public record HeatCell(int probability, int impact, long count, int exposure, ExposureBand band) {
}
