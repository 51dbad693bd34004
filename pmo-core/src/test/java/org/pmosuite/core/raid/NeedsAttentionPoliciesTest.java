package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmosuite.core.raid.RaidEntryBuilder.entry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class NeedsAttentionPoliciesTest {

    private static final RiskMatrix FIVE = EnglishRiskMatrixTexts.standard(5);
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    private static NeedsAttention of(RaidEntryBuilder entry) {
        return NeedsAttentionPolicies.evaluate(entry.build(), FIVE, TODAY);
    }

    @Test
    void anOpenEntryPastItsReviewDateNeedsAttention() {
        NeedsAttention attention = of(entry("PAY-1").reviewDate("2025-03-09"));

        assertThat(attention.any()).isTrue();
        assertThat(attention.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.policy()).isEqualTo("REVIEW_OVERDUE");
            assertThat(reason.messageKey()).isEqualTo("pmo.raid.attention.review.overdue");
            assertThat(reason.arguments()).containsExactly("2025-03-09");
        });
    }

    @Test
    void aReviewDueTodayHasNotPassed() {
        assertThat(of(entry("PAY-1").reviewDate("2025-03-10")).any()).isFalse();
    }

    @Test
    void anOpenAssumptionPastItsValidateByDateNeedsAttention() {
        assertThat(of(entry("PAY-1").type(RaidType.ASSUMPTION).validateBy("2025-03-01")).reasons())
                .extracting(AttentionReason::messageKey).containsExactly("pmo.raid.attention.validation.overdue");
        assertThat(of(entry("PAY-1").type(RaidType.ASSUMPTION).validateBy("2025-03-10")).any()).isFalse();
    }

    @Test
    void aLateDependencyOnUnresolvedWorkNeedsAttention() {
        NeedsAttention attention = of(entry("PAY-1").type(RaidType.DEPENDENCY).dependsOn("PLAT-7", false)
                .needBy("2025-03-09"));

        assertThat(attention.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("pmo.raid.attention.dependency.late");
            assertThat(reason.arguments()).containsExactly("2025-03-09", "PLAT-7");
        });
    }

    @Test
    void aLateDependencyOnResolvedWorkNeedsNoAttention() {
        assertThat(of(entry("PAY-1").type(RaidType.DEPENDENCY).dependsOn("PLAT-7", true).needBy("2025-03-01"))
                .any()).isFalse();
    }

    @Test
    void aLateDependencyOnHiddenOrUnnamedWorkIsNotKnownToBeResolved() {
        // The hidden issue is not named, and reads exactly as none named at all.
        assertThat(of(entry("PAY-1").type(RaidType.DEPENDENCY).dependsOn("SECRET-1", null).needBy("2025-03-01"))
                .reasons()).singleElement().satisfies(reason -> {
                    assertThat(reason.messageKey()).isEqualTo("pmo.raid.attention.dependency.late.unnamed");
                    assertThat(reason.arguments()).containsExactly("2025-03-01");
                });
        assertThat(of(entry("PAY-1").type(RaidType.DEPENDENCY).needBy("2025-03-01")).reasons())
                .singleElement().satisfies(reason -> {
                    assertThat(reason.messageKey()).isEqualTo("pmo.raid.attention.dependency.late.unnamed");
                    assertThat(reason.arguments()).containsExactly("2025-03-01");
                });
    }

    @Test
    void aDependencyNeededTodayIsNotLate() {
        assertThat(of(entry("PAY-1").type(RaidType.DEPENDENCY).dependsOn("PLAT-7", false).needBy("2025-03-10"))
                .any()).isFalse();
    }

    @Test
    void anOpenHighRiskWithoutAResponsePlanNeedsAttention() {
        NeedsAttention attention = of(entry("PAY-1").rated(3, 4).responsePlan("  "));

        assertThat(attention.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("pmo.raid.attention.response.missing");
            assertThat(reason.arguments()).containsExactly(12, "High");
        });
    }

    @Test
    void aCriticalRiskWithAResponsePlanNeedsNoAttention() {
        assertThat(of(entry("PAY-1").rated(5, 5).responsePlan("Second supplier")).any()).isFalse();
        assertThat(of(entry("PAY-1").rated(5, 5)).any()).isTrue();
    }

    @Test
    void aMediumRiskOrAHighIssueNeedsNoResponsePlan() {
        assertThat(of(entry("PAY-1").rated(2, 5)).any()).isFalse();
        assertThat(of(entry("PAY-1").type(RaidType.ISSUE).rated(5, 5)).any()).isFalse();
        assertThat(of(entry("PAY-1")).any()).isFalse();
    }

    @Test
    void theBandIsReadByItsKeyWhateverThePmoCalledIt() {
        RiskMatrix matrix = new RiskMatrix(new RiskMatrixSize(3), List.of("a", "b", "c"),
                List.of("x", "y", "z"), List.of(
                        new ScoreBand(ExposureBand.LOW, "Relax", 1, "#36b37e"),
                        new ScoreBand(ExposureBand.CRITICAL, "Act now", 4, "#de350b")));

        assertThat(NeedsAttentionPolicies.evaluate(entry("PAY-1").rated(2, 2).build(), matrix, TODAY).reasons())
                .singleElement().satisfies(reason -> assertThat(reason.arguments()).containsExactly(4, "Act now"));
    }

    @Test
    void aClosedEntryNeverNeedsAttention() {
        RaidEntryBuilder everythingWrong = entry("PAY-1").rated(5, 5).reviewDate("2025-01-01").closed("Done");

        assertThat(of(everythingWrong).any()).isFalse();
        for (NeedsAttentionPolicy policy : NeedsAttentionPolicies.all()) {
            assertThat(policy.evaluate(everythingWrong.build(), FIVE, TODAY)).as(policy.name()).isEmpty();
        }
    }

    @Test
    void everyRuleThatAppliesGivesItsReasonInOrder() {
        NeedsAttention attention = of(entry("PAY-1").rated(5, 5).reviewDate("2025-01-01"));

        assertThat(attention.reasons()).extracting(AttentionReason::policy)
                .containsExactly("REVIEW_OVERDUE", "RESPONSE_MISSING");
    }
}
