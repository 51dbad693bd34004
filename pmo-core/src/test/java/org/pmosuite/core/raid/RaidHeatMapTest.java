package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

class RaidHeatMapTest {

    private static final RiskMatrix FIVE = EnglishRiskMatrixTexts.standard(5);
    private static final RiskMatrix THREE = EnglishRiskMatrixTexts.standard(3);

    /** A 4x4 matrix with three bands of the PMO's own names and colours, and no medium band. */
    private static final RiskMatrix CUSTOM = new RiskMatrix(new RiskMatrixSize(4),
            List.of("Remote", "Occasional", "Probable", "Frequent"),
            List.of("Cosmetic", "Marginal", "Serious", "Catastrophic"),
            List.of(new ScoreBand(ExposureBand.LOW, "Acceptable", 1, "#00875a"),
                    new ScoreBand(ExposureBand.HIGH, "Watch", 5, "#ff991f"),
                    new ScoreBand(ExposureBand.CRITICAL, "Intolerable", 13, "#bf2600")));

    @Test
    void placesCountsInTheirCellsWithHighestProbabilityOnTop() {
        RaidHeatMap map = RaidHeatMap.of(FIVE, List.of(
                new RaidCellCount(5, 1, 3),
                new RaidCellCount(1, 5, 2),
                new RaidCellCount(3, 3, 7)));

        assertThat(map.rows()).hasSize(5);
        assertThat(map.rows().get(0)).extracting(HeatCell::probability).containsOnly(5);
        assertThat(map.rows().get(0)).extracting(HeatCell::impact).containsExactly(1, 2, 3, 4, 5);
        assertThat(map.cell(5, 1).count()).isEqualTo(3);
        assertThat(map.cell(1, 5).count()).isEqualTo(2);
        assertThat(map.cell(3, 3).count()).isEqualTo(7);
        assertThat(map.cell(2, 2).count()).isZero();
        assertThat(map.rated()).isEqualTo(12);
        assertThat(map.unrated()).isZero();
    }

    @Test
    void addsUpSeveralCountsForTheSameCell() {
        RaidHeatMap map = RaidHeatMap.of(FIVE, List.of(new RaidCellCount(2, 4, 1), new RaidCellCount(2, 4, 5)));

        assertThat(map.cell(2, 4).count()).isEqualTo(6);
    }

    @Test
    void countsUnratedAndOffScaleEntriesInsteadOfDroppingThem() {
        RaidHeatMap map = RaidHeatMap.of(THREE, List.of(
                new RaidCellCount(0, 0, 4),
                new RaidCellCount(5, 2, 2),
                new RaidCellCount(2, 2, 1)));

        assertThat(map.rated()).isEqualTo(1);
        assertThat(map.unrated()).isEqualTo(6);
        assertThat(map.total()).isEqualTo(7);
    }

    @Test
    void exposureIsProbabilityTimesImpact() {
        RaidHeatMap map = RaidHeatMap.of(FIVE, List.of());

        assertThat(map.cell(4, 3).exposure()).isEqualTo(12);
        assertThat(map.cell(5, 5).band()).isEqualTo(ExposureBand.CRITICAL);
        assertThat(map.cell(1, 1).band()).isEqualTo(ExposureBand.LOW);
    }

    @Test
    void sumsCountsPerBand() {
        RaidHeatMap map = RaidHeatMap.of(FIVE, List.of(
                new RaidCellCount(5, 5, 2), new RaidCellCount(4, 5, 1), new RaidCellCount(1, 2, 9)));

        assertThat(map.countsByBand())
                .containsEntry(ExposureBand.CRITICAL, 3L)
                .containsEntry(ExposureBand.LOW, 9L)
                .containsEntry(ExposureBand.MEDIUM, 0L)
                .containsEntry(ExposureBand.HIGH, 0L);
    }

    @Test
    void rejectsCellsOutsideTheMatrix() {
        RaidHeatMap map = RaidHeatMap.of(THREE, List.of());

        assertThatThrownBy(() -> map.cell(4, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsEveryCellByTheMatrixItIsDrawnOn() {
        RaidHeatMap map = RaidHeatMap.of(CUSTOM, List.of(new RaidCellCount(4, 4, 2), new RaidCellCount(2, 2, 3)));

        assertThat(map.matrix()).isEqualTo(CUSTOM);
        assertThat(map.size().value()).isEqualTo(4);
        assertThat(map.cell(1, 4).band()).isEqualTo(ExposureBand.LOW);
        assertThat(map.cell(1, 4).exposure()).isEqualTo(4);
        assertThat(map.cell(3, 4).band()).isEqualTo(ExposureBand.HIGH);
        assertThat(map.cell(4, 4).band()).isEqualTo(ExposureBand.CRITICAL);
        assertThat(map.matrix().bandOf(map.cell(4, 4).exposure()).label()).isEqualTo("Intolerable");
        assertThat(map.matrix().probabilityLabel(4)).isEqualTo("Frequent");
    }

    @Test
    void countsByBandFollowTheMatrixBandsInOrderAndLeaveOutBandsItDoesNotHave() {
        RaidHeatMap map = RaidHeatMap.of(CUSTOM, List.of(new RaidCellCount(4, 4, 2), new RaidCellCount(2, 2, 3)));

        assertThat(map.countsByBand()).containsExactly(
                entry(ExposureBand.LOW, 3L), entry(ExposureBand.HIGH, 0L), entry(ExposureBand.CRITICAL, 2L));
    }

    @Test
    void countsByBandListABandThatNoCellCanReach() {
        List<String> levels = List.of("a", "b", "c");
        RiskMatrix unreachable = new RiskMatrix(new RiskMatrixSize(3), levels, levels, List.of(
                new ScoreBand(ExposureBand.LOW, "Low", 1, "#000"),
                new ScoreBand(ExposureBand.HIGH, "Odd", 7, "#f00"),
                new ScoreBand(ExposureBand.CRITICAL, "Worst", 9, "#f00")));

        RaidHeatMap map = RaidHeatMap.of(unreachable, List.of(new RaidCellCount(3, 3, 1)));

        assertThat(map.countsByBand()).containsExactly(
                entry(ExposureBand.LOW, 0L), entry(ExposureBand.HIGH, 0L), entry(ExposureBand.CRITICAL, 1L));
    }
}
