package org.pmosuite.core.raid;

/**
 * One cell of a heat map: the open entries with this probability and impact, and how serious that is.
 *
 * @param exposure the score, probability x impact
 * @param band     the key of the matrix band the score falls in; the band's label and colour are in the matrix
 */
public record HeatCell(int probability, int impact, long count, int exposure, ExposureBand band) {
}
