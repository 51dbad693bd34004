package org.pmosuite.core.raid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A probability x impact matrix of open RAID entries.
 *
 * @param matrix      the risk matrix the cells are banded by
 * @param rows        one row per probability, highest first (as heat maps are drawn); impact ascending in a row
 * @param rated       entries inside the matrix
 * @param unrated     entries missing a rating or rated outside the matrix; counted, never dropped
 */
public record RaidHeatMap(RiskMatrix matrix, List<List<HeatCell>> rows, long rated, long unrated) {

    public RaidHeatMap {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Builds the heat map from counts grouped by rating, each cell in the band the matrix gives its score;
     * several counts for the same cell are added up.
     */
    public static RaidHeatMap of(RiskMatrix matrix, Collection<RaidCellCount> counts) {
        RiskMatrixSize size = matrix.size();
        Map<Integer, Long> byCell = counts.stream()
                .filter(c -> size.contains(c.probability()) && size.contains(c.impact()))
                .collect(Collectors.groupingBy(c -> cellId(c.probability(), c.impact()),
                        Collectors.summingLong(RaidCellCount::count)));
        long unrated = counts.stream()
                .filter(c -> !size.contains(c.probability()) || !size.contains(c.impact()))
                .mapToLong(RaidCellCount::count)
                .sum();
        List<List<HeatCell>> rows = new ArrayList<>();
        long rated = 0;
        for (int probability = size.value(); probability >= 1; probability--) {
            List<HeatCell> row = new ArrayList<>();
            for (int impact = 1; impact <= size.value(); impact++) {
                long count = byCell.getOrDefault(cellId(probability, impact), 0L);
                int exposure = probability * impact;
                row.add(new HeatCell(probability, impact, count, exposure, matrix.bandOf(exposure).key()));
                rated += count;
            }
            rows.add(row);
        }
        return new RaidHeatMap(matrix, rows, rated, unrated);
    }

    public RiskMatrixSize size() {
        return matrix.size();
    }

    public HeatCell cell(int probability, int impact) {
        RiskMatrixSize size = matrix.size();
        if (!size.contains(probability) || !size.contains(impact)) {
            throw new IllegalArgumentException("no cell " + probability + "x" + impact + " on a " + size.value()
                    + "x" + size.value() + " matrix");
        }
        return rows.get(size.value() - probability).get(impact - 1);
    }

    /**
     * Entries per band of the matrix, keyed by band key in the matrix's order, every band present even when none
     * of its scores is a cell; for a one-line summary such as "3 critical, 7 high".
     */
    public Map<ExposureBand, Long> countsByBand() {
        Map<ExposureBand, Long> counts = new LinkedHashMap<>();
        matrix.bands().forEach(band -> counts.put(band.key(), 0L));
        rows.stream().flatMap(List::stream).forEach(cell -> counts.merge(cell.band(), cell.count(), Long::sum));
        return Collections.unmodifiableMap(counts);
    }

    public long total() {
        return rated + unrated;
    }

    private static int cellId(int probability, int impact) {
        return probability * 100 + impact;
    }
}
