package org.pmosuite.core.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.scoring.ScoringConfigurationDraft.CriterionDraft;

class ScoringConfigurationDraftTest {

    private static final String MODELS = "WSJF, RICE, ICE, WEIGHTED, MOSCOW, CD3";
    private static final String BOUNDED = "businessValue, timeCriticality, riskReduction, jobSize, impact, "
            + "confidence, ease, moscow";

    @Test
    void aValidWeightedDraftBecomesItsConfiguration() {
        ScoringConfiguration configuration = new ScoringConfigurationDraft(" weighted ", List.of(
                new CriterionDraft(" value ", "businessValue", 2.0, "benefit"),
                new CriterionDraft("size", "JOB_SIZE", 1.0, "Cost")), Map.of("must", 50.0)).validate();

        assertThat(configuration.model()).isEqualTo(ScoringModelType.WEIGHTED);
        assertThat(configuration.criteria()).containsExactly(
                new Criterion("value", ScoringInput.BUSINESS_VALUE, 2, Direction.BENEFIT),
                new Criterion("size", ScoringInput.JOB_SIZE, 1, Direction.COST));
        assertThat(configuration.capPercent(MoscowCategory.MUST)).isEqualTo(50);
        assertThat(configuration.capPercent(MoscowCategory.COULD)).isEqualTo(100);
        assertThat(configuration.inputs()).containsExactly(ScoringInput.BUSINESS_VALUE, ScoringInput.JOB_SIZE);
    }

    @ParameterizedTest
    @EnumSource(ScoringModelType.class)
    void everyDefaultConfigurationReadsBackAsADraftThatValidatesToItself(ScoringModelType model) {
        ScoringConfiguration configuration = ScoringConfiguration.of(model);

        assertThat(ScoringConfigurationDraft.of(configuration).validate()).isEqualTo(configuration);
    }

    @Test
    void otherModelsTakeNoCriteriaButAnEmptyListIsFine() {
        assertThat(new ScoringConfigurationDraft("RICE", List.of(), null).validate())
                .isEqualTo(ScoringConfiguration.of(ScoringModelType.RICE));
        assertThat(problems(new ScoringConfigurationDraft("RICE",
                List.of(new CriterionDraft("x", "reach", -1.0, "up")), null)))
                .containsExactly(FieldError.of("criteria", ScoringMessages.CRITERIA_UNUSED, "RICE"));
    }

    @Test
    void theModelIsRequiredAndMustBeKnown() {
        assertThat(problems(new ScoringConfigurationDraft(null, null, null)))
                .containsExactly(FieldError.of("model", ScoringMessages.MODEL_MISSING, MODELS));
        assertThat(problems(new ScoringConfigurationDraft(" ", null, null)))
                .containsExactly(FieldError.of("model", ScoringMessages.MODEL_MISSING, MODELS));
        assertThat(problems(new ScoringConfigurationDraft("kano", null, null)))
                .containsExactly(FieldError.of("model", ScoringMessages.MODEL_UNKNOWN, "kano", MODELS));
    }

    @Test
    void aWeightedModelNeedsCriteria() {
        assertThat(problems(new ScoringConfigurationDraft("WEIGHTED", null, null)))
                .containsExactly(FieldError.of("criteria", ScoringMessages.CRITERIA_REQUIRED));
        assertThat(problems(new ScoringConfigurationDraft("WEIGHTED", List.of(), null)))
                .containsExactly(FieldError.of("criteria", ScoringMessages.CRITERIA_REQUIRED));
    }

    @Test
    void weightsThatAreAllZeroScoreNothing() {
        assertThat(problems(weighted(criterion("a", 0.0), criterion("b", 0.0))))
                .containsExactly(FieldError.of("criteria", ScoringMessages.WEIGHTS_ALL_ZERO));
        assertThat(problems(weighted(criterion("a", 0.0), criterion("b", 0.5)))).isEmpty();
    }

    @Test
    void tooManyCriteria() {
        CriterionDraft[] criteria = new CriterionDraft[ScoringConfiguration.MAX_CRITERIA + 1];
        for (int i = 0; i < criteria.length; i++) {
            criteria[i] = criterion("c" + i, 1.0);
        }
        assertThat(problems(weighted(criteria))).containsExactly(FieldError.of("criteria",
                ScoringMessages.CRITERIA_TOO_MANY, ScoringConfiguration.MAX_CRITERIA, criteria.length));
        assertThat(problems(weighted(Arrays.copyOf(criteria, ScoringConfiguration.MAX_CRITERIA)))).isEmpty();
    }

    @Test
    void everyBadValueIsReportedAtOnceAgainstItsField() {
        List<CriterionDraft> criteria = new ArrayList<>();
        criteria.add(new CriterionDraft("value", "businessValue", -1.0, "benefit"));
        criteria.add(new CriterionDraft(" VALUE ", "happiness", Double.NaN, "sideways"));
        criteria.add(null);
        criteria.add(new CriterionDraft(null, "reach", Double.POSITIVE_INFINITY, null));
        criteria.add(new CriterionDraft("x".repeat(Criterion.MAX_ID_LENGTH + 1), " ", null, " "));
        Map<String, Double> caps = new LinkedHashMap<>();
        caps.put("MUST", 120.0);
        caps.put("must", 50.0);
        caps.put("SHOULD", -1.0);
        caps.put("COULD", Double.NaN);
        caps.put("WONT", null);
        caps.put("NICE", 10.0);

        InvalidRequestException thrown = catchInvalid(new ScoringConfigurationDraft("WEIGHTED", criteria, caps));

        assertThat(thrown.errors()).containsExactly(
                FieldError.of("criteria[0].weight", ScoringMessages.CRITERION_WEIGHT_NEGATIVE, -1.0),
                FieldError.of("criteria[1].id", ScoringMessages.CRITERION_ID_DUPLICATE, "VALUE", 1),
                FieldError.of("criteria[1].input", ScoringMessages.CRITERION_INPUT_UNKNOWN, "happiness", BOUNDED),
                FieldError.of("criteria[1].weight", ScoringMessages.CRITERION_WEIGHT_NOT_FINITE),
                FieldError.of("criteria[1].direction", ScoringMessages.CRITERION_DIRECTION_UNKNOWN, "sideways",
                        "BENEFIT, COST"),
                FieldError.of("criteria[2]", ScoringMessages.CRITERION_MISSING),
                FieldError.of("criteria[3].id", ScoringMessages.CRITERION_ID_MISSING),
                FieldError.of("criteria[3].input", ScoringMessages.CRITERION_INPUT_UNBOUNDED, "reach", BOUNDED),
                FieldError.of("criteria[3].weight", ScoringMessages.CRITERION_WEIGHT_NOT_FINITE),
                FieldError.of("criteria[3].direction", ScoringMessages.CRITERION_DIRECTION_MISSING,
                        "BENEFIT, COST"),
                FieldError.of("criteria[4].id", ScoringMessages.CRITERION_ID_TOO_LONG, Criterion.MAX_ID_LENGTH,
                        Criterion.MAX_ID_LENGTH + 1),
                FieldError.of("criteria[4].input", ScoringMessages.CRITERION_INPUT_MISSING, BOUNDED),
                FieldError.of("criteria[4].weight", ScoringMessages.CRITERION_WEIGHT_MISSING),
                FieldError.of("criteria[4].direction", ScoringMessages.CRITERION_DIRECTION_MISSING,
                        "BENEFIT, COST"),
                FieldError.of("caps.MUST", ScoringMessages.CAP_RANGE, 120.0, 0, 100),
                FieldError.of("caps.must", ScoringMessages.CAP_CATEGORY_DUPLICATE, "MUST"),
                FieldError.of("caps.SHOULD", ScoringMessages.CAP_RANGE, -1.0, 0, 100),
                FieldError.of("caps.COULD", ScoringMessages.CAP_NOT_FINITE, 0, 100),
                FieldError.of("caps.WONT", ScoringMessages.CAP_MISSING, 0, 100),
                FieldError.of("caps.NICE", ScoringMessages.CAP_CATEGORY_UNKNOWN, "NICE",
                        "MUST, SHOULD, COULD, WONT"));
    }

    @Test
    void anUnknownModelStillHasItsCriteriaAndCapsChecked() {
        assertThat(problems(new ScoringConfigurationDraft("kano", List.of(criterion("a", -2.0)),
                Map.of("MUST", 101.0)))).containsExactly(
                        FieldError.of("model", ScoringMessages.MODEL_UNKNOWN, "kano", MODELS),
                        FieldError.of("criteria[0].weight", ScoringMessages.CRITERION_WEIGHT_NEGATIVE, -2.0),
                        FieldError.of("caps.MUST", ScoringMessages.CAP_RANGE, 101.0, 0, 100));
    }

    @Test
    void capsOfZeroAndAHundredAreAllowed() {
        ScoringConfiguration configuration = new ScoringConfigurationDraft("MOSCOW", null,
                Map.of("MUST", 0.0, "WONT", 100.0)).validate();

        assertThat(configuration.capPercent(MoscowCategory.MUST)).isZero();
        assertThat(configuration.capPercent(MoscowCategory.WONT)).isEqualTo(100);
    }

    @Test
    void theDraftIsACopy() {
        List<CriterionDraft> criteria = new ArrayList<>(List.of(criterion("a", 1.0)));
        ScoringConfigurationDraft draft = new ScoringConfigurationDraft("WEIGHTED", criteria, null);
        criteria.clear();

        assertThat(draft.criteria()).hasSize(1);
        assertThatThrownBy(() -> draft.criteria().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static ScoringConfigurationDraft weighted(CriterionDraft... criteria) {
        return new ScoringConfigurationDraft("WEIGHTED", List.of(criteria), null);
    }

    private static CriterionDraft criterion(String id, Double weight) {
        return new CriterionDraft(id, "ease", weight, "BENEFIT");
    }

    private static List<FieldError> problems(ScoringConfigurationDraft draft) {
        List<FieldError> problems = draft.problems();
        if (!problems.isEmpty()) {
            assertThat(catchInvalid(draft).errors()).isEqualTo(problems);
        }
        return problems;
    }

    private static InvalidRequestException catchInvalid(ScoringConfigurationDraft draft) {
        try {
            draft.validate();
        } catch (InvalidRequestException e) {
            return e;
        }
        throw new AssertionError("the draft validated: " + draft);
    }
}
