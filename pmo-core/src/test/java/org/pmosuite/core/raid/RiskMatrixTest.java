package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RiskMatrixTest {

    @Test
    void theStandardFiveByFiveMatrixUsesTheExposureBandThresholdsAndTheStandardColours() {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(5);

        assertThat(matrix.bands()).containsExactly(
                new ScoreBand(ExposureBand.LOW, "Low", 1, "#36b37e"),
                new ScoreBand(ExposureBand.MEDIUM, "Medium", 6, "#ffab00"),
                new ScoreBand(ExposureBand.HIGH, "High", 11, "#ff8b00"),
                new ScoreBand(ExposureBand.CRITICAL, "Critical", 17, "#de350b"));
        assertThat(matrix.probabilityLabels()).containsExactly("Rare", "Unlikely", "Possible", "Likely",
                "Almost certain");
        assertThat(matrix.impactLabels()).containsExactly("Negligible", "Minor", "Moderate", "Major", "Severe");
    }

    @Test
    void theStandardFourByFourMatrixKeepsFourBandsEachReachedByACell() {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(4);

        assertThat(matrix.bands()).extracting(ScoreBand::key, ScoreBand::minScore).containsExactly(
                tuple(ExposureBand.LOW, 1),
                tuple(ExposureBand.MEDIUM, 4),
                tuple(ExposureBand.HIGH, 7),
                tuple(ExposureBand.CRITICAL, 11));
        assertThat(matrix.probabilityLabels()).containsExactly("Unlikely", "Possible", "Likely", "Almost certain");
        assertThat(matrix.impactLabels()).containsExactly("Minor", "Moderate", "Major", "Severe");
    }

    @Test
    void theStandardThreeByThreeMatrixKeepsFourBandsEachReachedByACell() {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(3);

        assertThat(matrix.bands()).extracting(ScoreBand::minScore).containsExactly(1, 2, 4, 6);
        assertThat(matrix.probabilityLabels()).containsExactly("Unlikely", "Possible", "Likely");
        assertThat(matrix.impactLabels()).containsExactly("Minor", "Moderate", "Major");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void theStandardMatrixBandsEveryCellAsExposureBandDoes(int size) {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(size);

        for (int probability = 1; probability <= size; probability++) {
            for (int impact = 1; impact <= size; impact++) {
                int score = probability * impact;
                assertThat(matrix.bandOf(score).key()).isEqualTo(ExposureBand.of(score, new RiskMatrixSize(size)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void everyBandOfAStandardMatrixHoldsAtLeastOneCell(int size) {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(size);

        assertThat(matrix.bands()).allSatisfy(band -> assertThat(IntStream.rangeClosed(1, size)
                .flatMap(p -> IntStream.rangeClosed(1, size).map(i -> p * i))
                .filter(score -> score >= band.minScore() && score <= matrix.maxScore(band))).isNotEmpty());
    }

    @Test
    void theStandardMatrixTakesItsLabelsFromTheMessageKeys() {
        RiskMatrix matrix = RiskMatrix.standard(new RiskMatrixSize(3), key -> key.replace("pmo.raid.", ""));

        assertThat(matrix.probabilityLabels()).containsExactly("matrix.probability.3.1", "matrix.probability.3.2",
                "matrix.probability.3.3");
        assertThat(matrix.impactLabel(2)).isEqualTo("matrix.impact.3.2");
        assertThat(matrix.bands()).extracting(ScoreBand::label)
                .containsExactly("band.low", "band.medium", "band.high", "band.critical");
    }

    @Test
    void aBandEndsWhereTheNextBegins() {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(5);

        assertThat(matrix.bands()).extracting(matrix::maxScore).containsExactly(5, 10, 16, 25);
        assertThat(matrix.bandOf(16).key()).isEqualTo(ExposureBand.HIGH);
        assertThat(matrix.bandOf(17).key()).isEqualTo(ExposureBand.CRITICAL);
    }

    @Test
    void rejectsScoresAndLevelsOutsideTheMatrix() {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(3);

        assertThatThrownBy(() -> matrix.bandOf(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix.bandOf(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix.probabilityLabel(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix.impactLabel(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix.maxScore(new ScoreBand(ExposureBand.LOW, "Other", 1, "#000")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotBeBuiltWithBandsThatLeaveAScoreWithoutABand() {
        List<String> levels = List.of("a", "b", "c");

        assertThatThrownBy(() -> new RiskMatrix(new RiskMatrixSize(3), levels, levels, List.of(
                new ScoreBand(ExposureBand.LOW, "Low", 2, "#000"),
                new ScoreBand(ExposureBand.HIGH, "High", 4, "#f00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bands[0].minScore");
    }

    @Test
    void itsListsCannotBeChanged() {
        RiskMatrix matrix = EnglishRiskMatrixTexts.standard(3);

        assertThatThrownBy(() -> matrix.bands().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> matrix.probabilityLabels().set(0, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Property
    void everyScoreFallsInExactlyOneBand(@ForAll("matrices") RiskMatrix matrix) {
        for (int score = 1; score <= matrix.maxScore(); score++) {
            int s = score;
            List<ScoreBand> holding = matrix.bands().stream()
                    .filter(band -> band.minScore() <= s && s <= matrix.maxScore(band)).toList();
            assertThat(holding).containsExactly(matrix.bandOf(score));
        }
    }

    @Property
    void aHigherScoreIsNeverInALessSevereBand(@ForAll("matrices") RiskMatrix matrix) {
        for (int score = 1; score < matrix.maxScore(); score++) {
            assertThat(matrix.bandOf(score + 1).key()).isGreaterThanOrEqualTo(matrix.bandOf(score).key());
        }
    }

    @Property
    void aValidMatrixSurvivesTheTripThroughADraft(@ForAll("matrices") RiskMatrix matrix) {
        assertThat(RiskMatrixDraft.of(matrix).validate()).isEqualTo(matrix);
    }

    @Provide
    Arbitrary<RiskMatrix> matrices() {
        return Arbitraries.integers().between(RiskMatrixSize.MIN, RiskMatrixSize.MAX).flatMap(size ->
                Arbitraries.integers().between(RiskMatrix.MIN_BANDS, RiskMatrix.MAX_BANDS).flatMap(count ->
                        Combinators.combine(
                                Arbitraries.subsetOf(ExposureBand.values()).ofSize(count),
                                Arbitraries.integers().between(2, size * size).set().ofSize(count - 1),
                                Arbitraries.strings().withChars("0123456789abcdef").ofLength(6).list()
                                        .ofSize(count))
                                .as((keys, minScores, colours) -> {
                                    List<ExposureBand> sortedKeys = keys.stream().sorted().toList();
                                    List<Integer> starts = new ArrayList<>(List.of(1));
                                    starts.addAll(minScores.stream().sorted().toList());
                                    List<ScoreBand> bands = new ArrayList<>();
                                    for (int i = 0; i < count; i++) {
                                        bands.add(new ScoreBand(sortedKeys.get(i), "Band " + i, starts.get(i),
                                                "#" + colours.get(i)));
                                    }
                                    List<String> levels = IntStream.rangeClosed(1, size)
                                            .mapToObj(level -> "Level " + level).toList();
                                    return new RiskMatrix(new RiskMatrixSize(size), levels, levels, bands);
                                })));
    }
}
