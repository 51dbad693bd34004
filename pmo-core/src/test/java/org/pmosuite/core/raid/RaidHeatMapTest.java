package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RaidHeatMapTest {

    private static final RiskMatrixSize FIVE = RiskMatrixSize.fiveByFive();

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
        RaidHeatMap map = RaidHeatMap.of(new RiskMatrixSize(3), List.of(
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
        RaidHeatMap map = RaidHeatMap.of(new RiskMatrixSize(3), List.of());

        assertThatThrownBy(() -> map.cell(4, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
