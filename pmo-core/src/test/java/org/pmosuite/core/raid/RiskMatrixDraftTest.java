package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.raid.RiskMatrixDraft.BandDraft;

class RiskMatrixDraftTest {

    private static final List<String> THREE_LEVELS = List.of("Low", "Medium", "High");
    private static final List<BandDraft> TWO_BANDS = List.of(
            new BandDraft("LOW", "Fine", 1, "#36b37e"),
            new BandDraft("HIGH", "Act", 4, "#de350b"));

    private static RiskMatrixDraft draft(Integer size, List<String> probability, List<String> impact,
            List<BandDraft> bands) {
        return new RiskMatrixDraft(size, probability, impact, bands);
    }

    private static RiskMatrixDraft withBands(BandDraft... bands) {
        return draft(3, THREE_LEVELS, THREE_LEVELS, Arrays.asList(bands));
    }

    private static List<FieldError> errors(RiskMatrixDraft draft) {
        return catchThrowableOfType(InvalidRequestException.class, draft::validate).errors();
    }

    private static FieldError onlyError(RiskMatrixDraft draft) {
        List<FieldError> errors = errors(draft);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void aValidDraftBecomesTheMatrixWithLabelsTrimmedAndColoursNormalised() {
        RiskMatrix matrix = draft(3, List.of(" Rare ", "Possible", "Likely\u2003"), THREE_LEVELS, List.of(
                new BandDraft(" low", " Fine ", 1, "#ABC"),
                new BandDraft("Critical", "Act now", 5, " #DE350B ")))
                .validate();

        assertThat(matrix.size().value()).isEqualTo(3);
        assertThat(matrix.probabilityLabels()).containsExactly("Rare", "Possible", "Likely");
        assertThat(matrix.bands()).containsExactly(
                new ScoreBand(ExposureBand.LOW, "Fine", 1, "#aabbcc"),
                new ScoreBand(ExposureBand.CRITICAL, "Act now", 5, "#de350b"));
    }

    @Test
    void aMatrixReadBackAsADraftValidatesToItself() {
        RiskMatrix standard = EnglishRiskMatrixTexts.standard(5);

        assertThat(RiskMatrixDraft.of(standard).validate()).isEqualTo(standard);
    }

    @Test
    void anEmptyBodyReportsEveryMissingPartAtOnce() {
        assertThat(errors(draft(null, null, null, null)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(
                        tuple("size", "pmo.raid.matrix.error.size.missing"),
                        tuple("probabilityLabels", "pmo.raid.matrix.error.labels.missing"),
                        tuple("impactLabels", "pmo.raid.matrix.error.labels.missing"),
                        tuple("bands", "pmo.raid.matrix.error.bands.missing"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 6, 0, -1})
    void rejectsASizeOutsideThreeToFiveWithTheAllowedRange(int size) {
        FieldError error = onlyError(draft(size, THREE_LEVELS, THREE_LEVELS, TWO_BANDS));

        assertThat(error.field()).isEqualTo("size");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.size.range");
        assertThat(error.arguments()).containsExactly(3, 5, size);
    }

    @Test
    void rejectsLabelListsThatDoNotNameEveryLevel() {
        assertThat(errors(draft(4, THREE_LEVELS, List.of("A", "B", "C", "D", "E"), TWO_BANDS)))
                .extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                .containsExactly(
                        tuple("probabilityLabels", "pmo.raid.matrix.error.labels.count", List.of(4, 3)),
                        tuple("impactLabels", "pmo.raid.matrix.error.labels.count", List.of(4, 5)));
    }

    @Test
    void rejectsBlankAndMissingLabelsAtTheirIndex() {
        assertThat(errors(draft(3, Arrays.asList("Low", null, "High"), List.of("Low", "Medium", "  "), TWO_BANDS)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(
                        tuple("probabilityLabels[1]", "pmo.raid.matrix.error.label.blank"),
                        tuple("impactLabels[2]", "pmo.raid.matrix.error.label.blank"));
    }

    @Test
    void rejectsALabelLongerThanFortyCharactersInsteadOfTruncatingIt() {
        String fortyOne = "x".repeat(41);

        FieldError error = onlyError(draft(3, List.of("Low", "Medium", fortyOne), THREE_LEVELS, TWO_BANDS));

        assertThat(error.field()).isEqualTo("probabilityLabels[2]");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.label.toolong");
        assertThat(error.arguments()).containsExactly(40, 41);
    }

    @Test
    void countsLabelLengthInCharactersAsPeopleSeeThemAfterTrimming() {
        String fortyEmoji = "\uD83D\uDD25".repeat(40);

        RiskMatrix matrix = draft(3, List.of("Low", "Medium", "  " + fortyEmoji + "  "), THREE_LEVELS, TWO_BANDS)
                .validate();

        assertThat(matrix.probabilityLabel(3)).isEqualTo(fortyEmoji);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi\ngh", "High\t", "\u0000High", "Hi\u007fgh", "High\r\n"})
    void rejectsALabelWithControlCharactersRatherThanStrippingThem(String label) {
        FieldError error = onlyError(draft(3, THREE_LEVELS, List.of("Low", label, "Top"), TWO_BANDS));

        assertThat(error.field()).isEqualTo("impactLabels[1]");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.label.control");
    }

    @Test
    void rejectsALabelRepeatedWithinItsListIgnoringCaseAndSpaces() {
        FieldError error = onlyError(draft(3, List.of("Likely", "Possible", " LIKELY "), THREE_LEVELS, TWO_BANDS));

        assertThat(error.field()).isEqualTo("probabilityLabels[2]");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.label.duplicate");
        assertThat(error.arguments()).containsExactly("LIKELY", 1);
    }

    @Test
    void allowsTheSameLabelOnBothAxes() {
        RiskMatrix matrix = draft(3, THREE_LEVELS, THREE_LEVELS, TWO_BANDS).validate();

        assertThat(matrix.impactLabels()).isEqualTo(matrix.probabilityLabels());
    }

    @Test
    void rejectsFewerThanTwoOrMoreThanFourBands() {
        FieldError one = onlyError(withBands(new BandDraft("LOW", "All", 1, "#000")));
        List<BandDraft> five = new ArrayList<>(List.of(new BandDraft("LOW", "a", 1, "#000"),
                new BandDraft("MEDIUM", "b", 2, "#000"), new BandDraft("HIGH", "c", 3, "#000"),
                new BandDraft("CRITICAL", "d", 4, "#000"), new BandDraft("CRITICAL", "e", 5, "#000")));
        List<FieldError> fiveErrors = errors(draft(3, THREE_LEVELS, THREE_LEVELS, five));

        assertThat(one.field()).isEqualTo("bands");
        assertThat(one.messageKey()).isEqualTo("pmo.raid.matrix.error.bands.count");
        assertThat(one.arguments()).containsExactly(2, 4, 1);
        assertThat(fiveErrors.get(0).arguments()).containsExactly(2, 4, 5);
        assertThat(fiveErrors).extracting(FieldError::field).contains("bands", "bands[4].key");
    }

    @Test
    void rejectsAnUnknownBandKeyNamingTheAllowedOnes() {
        FieldError error = onlyError(withBands(new BandDraft("LOW", "Fine", 1, "#000"),
                new BandDraft("SEVERE", "Severe", 4, "#f00")));

        assertThat(error.field()).isEqualTo("bands[1].key");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.key.unknown");
        assertThat(error.arguments()).containsExactly("SEVERE", "LOW, MEDIUM, HIGH, CRITICAL");
    }

    @Test
    void rejectsAMissingBandKey() {
        FieldError error = onlyError(withBands(new BandDraft(null, "Fine", 1, "#000"),
                new BandDraft("HIGH", "Act", 4, "#f00")));

        assertThat(error.field()).isEqualTo("bands[0].key");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.key.missing");
    }

    @Test
    void rejectsBandKeysThatAreNotAscendingInSeverity() {
        FieldError error = onlyError(withBands(new BandDraft("HIGH", "Act", 1, "#000"),
                new BandDraft("MEDIUM", "Watch", 4, "#f00")));

        assertThat(error.field()).isEqualTo("bands[1].key");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.key.order");
        assertThat(error.arguments()).containsExactly("MEDIUM", "HIGH");
    }

    @Test
    void rejectsABandKeyUsedTwice() {
        FieldError error = onlyError(withBands(new BandDraft("LOW", "Fine", 1, "#000"),
                new BandDraft("high", "Act", 4, "#f00"), new BandDraft("HIGH", "Act now", 6, "#f00")));

        assertThat(error.field()).isEqualTo("bands[2].key");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.key.duplicate");
        assertThat(error.arguments()).containsExactly("HIGH");
    }

    @Test
    void rejectsAMissingMinScore() {
        FieldError error = onlyError(withBands(new BandDraft("LOW", "Fine", 1, "#000"),
                new BandDraft("HIGH", "Act", null, "#f00")));

        assertThat(error.field()).isEqualTo("bands[1].minScore");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.minscore.missing");
    }

    @Test
    void rejectsAFirstBandThatDoesNotStartAtOne() {
        FieldError error = onlyError(withBands(new BandDraft("LOW", "Fine", 2, "#000"),
                new BandDraft("HIGH", "Act", 4, "#f00")));

        assertThat(error.field()).isEqualTo("bands[0].minScore");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.minscore.first");
        assertThat(error.arguments()).containsExactly(1);
    }

    @Test
    void rejectsMinScoresThatDoNotAscend() {
        FieldError error = onlyError(withBands(new BandDraft("LOW", "Fine", 1, "#000"),
                new BandDraft("MEDIUM", "Watch", 4, "#ff0"), new BandDraft("HIGH", "Act", 4, "#f00")));

        assertThat(error.field()).isEqualTo("bands[2].minScore");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.minscore.order");
        assertThat(error.arguments()).containsExactly(4);
    }

    @Test
    void rejectsAMinScoreAboveTheHighestScoreOfTheMatrix() {
        FieldError error = onlyError(withBands(new BandDraft("LOW", "Fine", 1, "#000"),
                new BandDraft("HIGH", "Act", 10, "#f00")));

        assertThat(error.field()).isEqualTo("bands[1].minScore");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.minscore.range");
        assertThat(error.arguments()).containsExactly(1, 9);
    }

    @Test
    void allowsALastBandHoldingOnlyTheHighestScore() {
        RiskMatrix matrix = withBands(new BandDraft("LOW", "Fine", 1, "#000"),
                new BandDraft("CRITICAL", "Worst", 9, "#f00")).validate();

        assertThat(matrix.bandOf(9).label()).isEqualTo("Worst");
        assertThat(matrix.bandOf(8).label()).isEqualTo("Fine");
    }

    @Test
    void rejectsBlankAndTooLongBandLabels() {
        assertThat(errors(withBands(new BandDraft("LOW", " ", 1, "#000"),
                new BandDraft("HIGH", "y".repeat(41), 4, "#f00"))))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(
                        tuple("bands[0].label", "pmo.raid.matrix.error.label.blank"),
                        tuple("bands[1].label", "pmo.raid.matrix.error.label.toolong"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12", "#1234", "#12345", "#1234567", "#ggg", "36b37e", "rgb(0,0,0)"})
    void rejectsAColourThatIsNotHexRgbOrRrggbb(String colour) {
        FieldError error = onlyError(withBands(new BandDraft("LOW", "Fine", 1, colour),
                new BandDraft("HIGH", "Act", 4, "#f00")));

        assertThat(error.field()).isEqualTo("bands[0].colour");
        assertThat(error.messageKey()).isEqualTo("pmo.raid.matrix.error.band.colour.format");
        assertThat(error.arguments()).containsExactly(colour);
    }

    @Test
    void rejectsAMissingColourAndAMissingBand() {
        assertThat(errors(withBands(new BandDraft("LOW", "Fine", 1, null), null)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(
                        tuple("bands[0].colour", "pmo.raid.matrix.error.band.colour.missing"),
                        tuple("bands[1]", "pmo.raid.matrix.error.band.missing"));
    }

    @Test
    void reportsEveryProblemOfEveryFieldInFieldOrder() {
        List<FieldError> errors = errors(draft(7, List.of("A", "a"), Arrays.asList("ok", null),
                List.of(new BandDraft("MEDIUM", "", 3, "blue"), new BandDraft("LOW", "Fine", 2, "#fff"))));

        assertThat(errors).extracting(FieldError::field).containsExactly(
                "size", "probabilityLabels[1]", "impactLabels[1]", "bands[0].label", "bands[0].minScore",
                "bands[0].colour", "bands[1].key", "bands[1].minScore");
    }
}
