package org.pmosuite.core.raid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A probability x impact matrix of open RAID entries.
 *
 * @param size        the matrix size
 * @param rows        one row per probability, highest first (as heat maps are drawn); impact ascending in a row
 * @param rated       entries inside the matrix
 * @param unrated     entries missing a rating or rated outside the matrix; counted, never dropped
 */
public record RaidHeatMap(RiskMatrixSize size, List<List<HeatCell>> rows, long rated, long unrated) {

    public RaidHeatMap {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Builds the matrix from counts grouped by rating; several counts for the same cell are added up. */
    public static RaidHeatMap of(RiskMatrixSize size, Collection<RaidCellCount> counts) {
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
                row.add(new HeatCell(probability, impact, count, exposure, ExposureBand.of(exposure, size)));
                rated += count;
            }
            rows.add(row);
        }
        return new RaidHeatMap(size, rows, rated, unrated);
    }

    public HeatCell cell(int probability, int impact) {
        if (!size.contains(probability) || !size.contains(impact)) {
            throw new IllegalArgumentException("no cell " + probability + "x" + impact + " on a " + size.value()
                    + "x" + size.value() + " matrix");
        }
        return rows.get(size.value() - probability).get(impact - 1);
    }

    /** Entries per band, for a one-line summary such as "3 critical, 7 high". */
    public Map<ExposureBand, Long> countsByBand() {
        return rows.stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(HeatCell::band, () -> new EnumMap<>(ExposureBand.class),
                        Collectors.summingLong(HeatCell::count)));
    }

    public long total() {
        return rated + unrated;
    }

    private static int cellId(int probability, int impact) {
        return probability * 100 + impact;
    }
}
