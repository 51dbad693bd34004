package org.pmosuite.jira.raid;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import org.pmosuite.core.raid.HeatCell;
import org.pmosuite.core.raid.RaidHeatMap;
import org.pmosuite.core.raid.RaidHeatMapReport;
import org.pmosuite.core.raid.RaidType;

/**
 * The heat map as the REST API returns it.
 *
 * @param size     matrix size (3 to 5)
 * @param projects the projects counted, only browsable ones
 * @param types    the RAID types counted; empty means all
 * @param rows     rows from the highest probability down; impact ascending within a row
 * @param rated    open entries inside the matrix
 * @param unrated  open entries without both ratings, or rated off the scale
 * @param bands    open entries per band of the matrix, least severe first
 * @param matrix   the configured matrix the map is drawn on: labels per rating, bands with their colours
 */
public record RaidHeatMapJson(int size, List<Project> projects, List<String> types, List<List<Cell>> rows,
        long rated, long unrated, long total, Map<String, Long> bands, RiskMatrixJson matrix) {

    public record Project(String key, String name) {
    }

    public record Cell(int probability, int impact, long count, int exposure, String band) {
    }

    static RaidHeatMapJson of(RaidHeatMapReport report) {
        RaidHeatMap map = report.heatMap();
        Map<String, Long> bands = new LinkedHashMap<>();
        map.countsByBand().forEach((band, count) -> bands.put(band.name(), count));
        return new RaidHeatMapJson(map.size().value(),
                report.projects().stream().map(p -> new Project(p.key(), p.name())).toList(),
                report.types().stream().map(RaidType::name).sorted().toList(),
                map.rows().stream().map(row -> row.stream().map(RaidHeatMapJson::cell).toList()).toList(),
                map.rated(), map.unrated(), map.total(), bands, RiskMatrixJson.of(report.matrix()));
    }

    private static Cell cell(HeatCell cell) {
        return new Cell(cell.probability(), cell.impact(), cell.count(), cell.exposure(), cell.band().name());
    }
}
