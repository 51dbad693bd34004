package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExposureBandTest {

    @ParameterizedTest(name = "5x5 exposure {0} is {1}")
    @CsvSource({"1,LOW", "4,LOW", "5,LOW", "6,MEDIUM", "8,MEDIUM", "10,MEDIUM", "12,HIGH", "15,HIGH", "16,HIGH",
            "20,CRITICAL", "25,CRITICAL"})
    void fiveByFiveBandsFollowTheDocumentedThresholds(int exposure, ExposureBand expected) {
        assertThat(ExposureBand.of(exposure, RiskMatrixSize.fiveByFive())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "3x3 exposure {0} is {1}")
    @CsvSource({"1,LOW", "2,MEDIUM", "3,MEDIUM", "4,HIGH", "6,CRITICAL", "9,CRITICAL"})
    void threeByThreeBandsScaleWithTheMatrix(int exposure, ExposureBand expected) {
        assertThat(ExposureBand.of(exposure, new RiskMatrixSize(3))).isEqualTo(expected);
    }

    @Property
    void aHigherExposureIsNeverInALowerBand(@ForAll @IntRange(min = 3, max = 5) int size,
            @ForAll @IntRange(min = 1, max = 24) int exposure) {
        RiskMatrixSize matrix = new RiskMatrixSize(size);
        int max = size * size;
        int lower = Math.min(exposure, max - 1);
        assertThat(ExposureBand.of(lower + 1, matrix)).isGreaterThanOrEqualTo(ExposureBand.of(lower, matrix));
    }

    @Property
    void theWorstCellIsAlwaysCriticalAndTheMildestAlwaysLow(@ForAll @IntRange(min = 3, max = 5) int size) {
        RiskMatrixSize matrix = new RiskMatrixSize(size);
        assertThat(ExposureBand.of(size * size, matrix)).isEqualTo(ExposureBand.CRITICAL);
        assertThat(ExposureBand.of(1, matrix)).isEqualTo(ExposureBand.LOW);
    }

    @ParameterizedTest
    @CsvSource({"0", "26"})
    void rejectsExposureOutsideTheMatrix(int exposure) {
        assertThatThrownBy(() -> ExposureBand.of(exposure, RiskMatrixSize.fiveByFive()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
