package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RaidEntryTest {

    static RaidEntry rated(Integer probability, Integer impact) {
        return new RaidEntry("PAY-1", "PAY", "Vendor may fold", RaidType.RISK, probability, impact, null, null, null,
                null, null, null, null, null, null, null, true, "To Do", Instant.parse("2025-03-01T10:00:00Z"));
    }

    @Test
    void scoreIsProbabilityTimesImpact() {
        assertThat(rated(4, 5).score()).isEqualTo(20);
    }

    @Test
    void anEntryMissingARatingHasNoScoreAndNoBand() {
        assertThat(rated(4, null).score()).isNull();
        assertThat(rated(null, 3).band(EnglishRiskMatrixTexts.standard(5))).isEmpty();
    }

    @Test
    void anEntryRatedOffASmallerMatrixHasNoBandOnIt() {
        assertThat(rated(5, 1).band(EnglishRiskMatrixTexts.standard(3))).isEmpty();
        assertThat(rated(5, 1).band(EnglishRiskMatrixTexts.standard(5))).isPresent();
    }

    @Test
    void aCriticalRiskFallsInTheCriticalBand() {
        assertThat(rated(5, 5).band(EnglishRiskMatrixTexts.standard(5)))
                .hasValueSatisfying(band -> assertThat(band.key()).isEqualTo(ExposureBand.CRITICAL));
    }

    @Property
    void everyEntryRatedOnTheMatrixHasTheBandOfItsScore(@ForAll @IntRange(min = 3, max = 5) int size,
            @ForAll @IntRange(min = 1, max = 5) int probability, @ForAll @IntRange(min = 1, max = 5) int impact) {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(size);
        RaidEntry entry = rated(probability, impact);

        if (probability <= size && impact <= size) {
            assertThat(entry.band(matrix)).contains(matrix.bandOf(probability * impact));
        } else {
            assertThat(entry.band(matrix)).isEmpty();
        }
    }
}
