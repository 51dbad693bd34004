package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

class RaidEntryDraftTest {

    private static final RiskMatrix FIVE = EnglishRiskMatrixTexts.standard(5);
    private static final RiskMatrix THREE = EnglishRiskMatrixTexts.standard(3);

    private static RaidEntryDraft draft(Object... namesAndValues) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return RaidEntryDraft.of(fields);
    }

    private static List<FieldError> createErrors(RaidEntryDraft draft, RiskMatrix matrix) {
        return catchThrowableOfType(InvalidRequestException.class, () -> draft.validateCreate(matrix)).errors();
    }

    private static List<FieldError> updateErrors(RaidEntryDraft draft, RaidEntry current) {
        return catchThrowableOfType(InvalidRequestException.class, () -> draft.validateUpdate(current, FIVE))
                .errors();
    }

    private static Tuple error(String field, String key) {
        return tuple(field, "pmo.raid.error." + key);
    }

    static RaidEntry dependency(String key) {
        return new RaidEntry(key, "PAY", "Card vault from Platform", RaidType.DEPENDENCY, 3, 4, "ann", "Ann",
                null, null, LocalDate.parse("2025-06-30"), null, null, "PLAT-7", false,
                LocalDate.parse("2025-06-01"), true, "To Do", Instant.parse("2025-03-01T10:00:00Z"));
    }

    @Test
    void createsAnEntryFromEveryValidFieldTrimmedAndTyped() {
        RaidEntryChange change = draft("summary", "  Card vault late ", "type", "dependency", "probability", 3,
                "impact", 4L, "owner", " ann ", "roam", "owned", "responsePlan", "Escalate\nweekly",
                "proximity", "2025-06-30", "reviewDate", "2025-04-01", "dependsOn", "plat-7",
                "needBy", "2025-06-01").validateCreate(FIVE);

        assertThat(change.isCreation()).isTrue();
        assertThat(change.summary()).isEqualTo("Card vault late");
        assertThat(change.type()).isEqualTo(RaidType.DEPENDENCY);
        assertThat(change.probability()).isEqualTo(3);
        assertThat(change.impact()).isEqualTo(4);
        assertThat(change.ownerKey()).isEqualTo("ann");
        assertThat(change.roam()).isEqualTo(RoamStatus.OWNED);
        assertThat(change.responsePlan()).isEqualTo("Escalate\nweekly");
        assertThat(change.proximity()).isEqualTo(LocalDate.parse("2025-06-30"));
        assertThat(change.reviewDate()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(change.dependsOn()).isEqualTo("PLAT-7");
        assertThat(change.needBy()).isEqualTo(LocalDate.parse("2025-06-01"));
        assertThat(change.validateBy()).isNull();
    }

    @Test
    void creationNeedsOnlyASummaryAndAType() {
        RaidEntryChange change = draft("summary", "Vendor may fold", "type", "RISK").validateCreate(FIVE);

        assertThat(change.changed()).isEqualTo(EnumSet.allOf(RaidField.class));
        assertThat(change.probability()).isNull();
        assertThat(change.roam()).isNull();
    }

    @Test
    void reportsEveryProblemOfACreationAtOnce() {
        List<FieldError> errors = createErrors(draft("probability", 6, "impact", 2.5, "roam", "ignored",
                "reviewDate", "01/04/2025", "colour", "red"), FIVE);

        assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                tuple("colour", "pmo.raid.error.field.unknown"),
                error("summary", "summary.required"),
                error("type", "type.required"),
                error("probability", "rating.range"),
                error("impact", "rating.whole"),
                error("roam", "roam.unknown"),
                error("reviewDate", "date.format"));
    }

    @Test
    void aRatingErrorNamesTheRangeOfTheProjectsMatrix() {
        List<FieldError> errors = createErrors(draft("summary", "S", "type", "RISK", "probability", 4), THREE);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("probability");
            assertThat(e.arguments()).containsExactly(1, 3, 4L);
        });
    }

    @Test
    void aRatingIsAWholeNumberHoweverTheParserGivesIt() {
        RaidEntryChange change = draft("summary", "S", "type", "RISK", "probability", new BigDecimal("2.0"),
                "impact", 5.0).validateCreate(FIVE);

        assertThat(change.probability()).isEqualTo(2);
        assertThat(change.impact()).isEqualTo(5);
        assertThat(createErrors(draft("summary", "S", "type", "RISK", "probability", "3"), FIVE))
                .extracting(FieldError::messageKey).containsExactly("pmo.raid.error.rating.whole");
    }

    @Test
    void aSummaryHoldsNoControlCharactersAndAtMost255Characters() {
        assertThat(createErrors(draft("summary", "Line\nbreak", "type", "RISK"), FIVE))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(error("summary", "summary.control"));
        List<FieldError> tooLong = createErrors(draft("summary", "x".repeat(256), "type", "RISK"), FIVE);
        assertThat(tooLong).extracting(FieldError::messageKey).containsExactly("pmo.raid.error.summary.toolong");
        assertThat(tooLong.get(0).arguments()).containsExactly(255, 256);
        assertThat(draft("summary", "x".repeat(255), "type", "RISK").validateCreate(FIVE).summary()).hasSize(255);
    }

    @Test
    void aResponsePlanAtJirasTextLimitIsKeptWholeAndOneCharacterMoreIsRefused() {
        String longest = "p".repeat(RaidEntryDraft.MAX_RESPONSE_PLAN_LENGTH);

        assertThat(draft("summary", "S", "type", "RISK", "responsePlan", longest).validateCreate(FIVE)
                .responsePlan()).isEqualTo(longest);
        assertThat(createErrors(draft("summary", "S", "type", "RISK", "responsePlan", longest + "p"), FIVE))
                .singleElement().satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("pmo.raid.error.responseplan.toolong");
                    assertThat(e.arguments()).containsExactly(32_767, 32_768);
                });
    }

    @Test
    void aMalformedDateNamesTheExpectedForm() {
        List<FieldError> errors = createErrors(draft("summary", "S", "type", "RISK", "proximity", "2025-02-30",
                "reviewDate", 20250101), FIVE);

        assertThat(errors).extracting(FieldError::field).containsExactly("proximity", "reviewDate");
        assertThat(errors.get(0).arguments()).containsExactly("yyyy-MM-dd", "2025-02-30");
    }

    @Test
    void fieldsOfAnotherTypeAreRefusedNotDropped() {
        List<FieldError> errors = createErrors(draft("summary", "S", "type", "RISK", "validateBy", "2025-05-01",
                "dependsOn", "PLAT-1", "needBy", "2025-05-01"), FIVE);

        assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                error("validateBy", "field.notfortype"),
                error("dependsOn", "field.notfortype"),
                error("needBy", "field.notfortype"));
        assertThat(errors.get(0).arguments()).containsExactly("validateBy", "RISK", "ASSUMPTION");
    }

    @Test
    void anAssumptionTakesAValidateByDate() {
        assertThat(draft("summary", "S", "type", "assumption", "validateBy", "2025-05-01").validateCreate(FIVE)
                .validateBy()).isEqualTo(LocalDate.parse("2025-05-01"));
    }

    @Test
    void aDependencyIsNotNeededAfterItsOwnProximity() {
        List<FieldError> errors = createErrors(draft("summary", "S", "type", "DEPENDENCY",
                "proximity", "2025-06-01", "needBy", "2025-06-02"), FIVE);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("needBy");
            assertThat(e.messageKey()).isEqualTo("pmo.raid.error.needby.afterproximity");
            assertThat(e.arguments()).containsExactly("2025-06-02", "2025-06-01");
        });
    }

    @Test
    void aDependencyMayBeNeededOnItsProximityDay() {
        RaidEntryChange change = draft("summary", "S", "type", "DEPENDENCY", "proximity", "2025-06-01",
                "needBy", "2025-06-01").validateCreate(FIVE);

        assertThat(change.needBy()).isEqualTo(change.proximity());
    }

    @Test
    void datesInThePastAreAllowed() {
        RaidEntryChange change = draft("summary", "S", "type", "RISK", "reviewDate", "1999-01-01")
                .validateCreate(FIVE);

        assertThat(change.reviewDate()).isEqualTo(LocalDate.parse("1999-01-01"));
    }

    @Test
    void dependsOnIsAnIssueKey() {
        assertThat(createErrors(draft("summary", "S", "type", "DEPENDENCY", "dependsOn", "PLAT 7"), FIVE))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(error("dependsOn", "dependson.format"));
    }

    @Test
    void aDependencyDoesNotDependOnItself() {
        assertThat(updateErrors(draft("dependsOn", "pay-3"), dependency("PAY-3")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(error("dependsOn", "dependson.self"));
    }

    @Test
    void anUpdateChangesOnlyTheGivenFieldsAndNullClears() {
        RaidEntryChange change = draft("probability", 5, "owner", null).validateUpdate(dependency("PAY-3"), FIVE);

        assertThat(change.changed()).containsExactlyInAnyOrder(RaidField.PROBABILITY, RaidField.OWNER);
        assertThat(change.isCreation()).isFalse();
        assertThat(change.probability()).isEqualTo(5);
        assertThat(change.ownerKey()).isNull();
    }

    @Test
    void summaryAndTypeCannotBeCleared() {
        assertThat(updateErrors(draft("summary", null, "type", " "), dependency("PAY-3")))
                .extracting(FieldError::field, FieldError::messageKey).containsExactly(
                        error("summary", "summary.required"), error("type", "type.required"));
    }

    @Test
    void anUpdateChecksTheDateRangeAgainstTheStoredDates() {
        List<FieldError> errors = updateErrors(draft("proximity", "2025-05-01"), dependency("PAY-3"));

        assertThat(errors).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(error("proximity", "needby.afterproximity"));
    }

    @Test
    void changingTheTypeAwayAsksForTheOldTypesFieldsToBeCleared() {
        RaidEntry current = dependency("PAY-3");

        assertThat(updateErrors(draft("type", "RISK"), current)).extracting(FieldError::field)
                .containsExactly("dependsOn", "needBy");
        RaidEntryChange change = draft("type", "RISK", "dependsOn", null, "needBy", null)
                .validateUpdate(current, FIVE);
        assertThat(change.type()).isEqualTo(RaidType.RISK);
        assertThat(change.changed()).contains(RaidField.DEPENDS_ON, RaidField.NEED_BY);
    }

    @Test
    void valuesOfTheWrongJsonKindAreReported() {
        assertThat(createErrors(draft("summary", 5, "type", List.of("RISK")), FIVE))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(error("summary", "field.nottext"), error("type", "field.nottext"));
    }

    @Test
    void aFormValueIsCheckedByTheSameRulesAsARequestBody() {
        assertThat(RaidEntryDraft.checkValue(RaidField.PROBABILITY, " 4 ", 5).value()).isEqualTo(4);
        assertThat(RaidEntryDraft.checkValue(RaidField.TYPE, "risk", 5).value()).isEqualTo(RaidType.RISK);
        assertThat(RaidEntryDraft.checkValue(RaidField.ROAM, "owned", 5).value()).isEqualTo(RoamStatus.OWNED);
        assertThat(RaidEntryDraft.checkValue(RaidField.REVIEW_DATE, "2025-03-01", 5).value())
                .isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(RaidEntryDraft.checkValue(RaidField.DEPENDS_ON, "pay-12", 5).value()).isEqualTo("PAY-12");
        assertThat(RaidEntryDraft.checkValue(RaidField.IMPACT, "  ", 5)).satisfies(blank -> {
            assertThat(blank.isValid()).isTrue();
            assertThat(blank.value()).isNull();
        });
    }

    @Test
    void aBadFormValueGetsTheMessageTheRestApiGives() {
        RaidEntryDraft.FieldValue offScale = RaidEntryDraft.checkValue(RaidField.PROBABILITY, "6", 5);
        assertThat(offScale.isValid()).isFalse();
        assertThat(offScale.value()).isNull();
        assertThat(offScale.error()).isEqualTo(FieldError.of("probability", "pmo.raid.error.rating.range", 1, 5, 6L));
        assertThat(RaidEntryDraft.checkValue(RaidField.IMPACT, "4", 3).error().messageKey())
                .isEqualTo("pmo.raid.error.rating.range");
        assertThat(RaidEntryDraft.checkValue(RaidField.IMPACT, "high", 5).error())
                .isEqualTo(FieldError.of("impact", "pmo.raid.error.rating.whole", 1, 5, "high"));
        assertThat(RaidEntryDraft.checkValue(RaidField.TYPE, "Opportunity", 5).error().messageKey())
                .isEqualTo("pmo.raid.error.type.unknown");
        assertThat(RaidEntryDraft.checkValue(RaidField.ROAM, "Ignored", 5).error().messageKey())
                .isEqualTo("pmo.raid.error.roam.unknown");
        assertThat(RaidEntryDraft.checkValue(RaidField.NEED_BY, "2025-02-30", 5).error().messageKey())
                .isEqualTo("pmo.raid.error.date.format");
        assertThat(RaidEntryDraft.checkValue(RaidField.DEPENDS_ON, "not a key", 5).error().messageKey())
                .isEqualTo("pmo.raid.error.dependson.format");
        assertThat(RaidEntryDraft.checkValue(RaidField.RESPONSE_PLAN,
                "x".repeat(RaidEntryDraft.MAX_RESPONSE_PLAN_LENGTH + 1), 5).error().messageKey())
                .isEqualTo("pmo.raid.error.responseplan.toolong");
    }
}
