package org.pmosuite.core.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pmosuite.core.portfolio.scoring.Initiatives.cd3;
import static org.pmosuite.core.portfolio.scoring.Initiatives.ice;
import static org.pmosuite.core.portfolio.scoring.Initiatives.rice;
import static org.pmosuite.core.portfolio.scoring.Initiatives.with;
import static org.pmosuite.core.portfolio.scoring.Initiatives.wsjf;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.BUSINESS_VALUE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.CONFIDENCE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.EASE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.EFFORT;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.IMPACT;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.JOB_SIZE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.MOSCOW;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.REACH;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.RISK_REDUCTION;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.TIME_CRITICALITY;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pmosuite.core.common.FieldError;

class ScoringModelsTest {

    @ParameterizedTest
    @EnumSource(ScoringModelType.class)
    void theConfigurationNamesTheModel(ScoringModelType type) {
        ScoringModel model = ScoringModels.of(ScoringConfiguration.of(type));

        assertThat(model.type()).isEqualTo(type);
        assertThat(model.inputs()).isEqualTo(type.inputs());
        assertThat(model.score(ScoringInputs.empty()).missing()).isEqualTo(type.inputs());
    }

    @Test
    void missingInputsAreListedInTheModelsOrderAndNeverReadAsZero() {
        Score score = new WsjfModel().score(with(JOB_SIZE, 5, TIME_CRITICALITY, 3));

        assertThat(score.computed()).isFalse();
        assertThat(score.value()).isEmpty();
        assertThat(score.missing()).containsExactly(BUSINESS_VALUE, RISK_REDUCTION);
        assertThat(score.inputErrors()).isEmpty();
        ScoreExplanation explanation = score.explanation();
        assertThat(explanation.terms()).containsExactly(new ExplanationTerm(BUSINESS_VALUE, null, 1),
                new ExplanationTerm(TIME_CRITICALITY, 3.0, 1), new ExplanationTerm(RISK_REDUCTION, null, 1),
                new ExplanationTerm(JOB_SIZE, 5.0, 1));
        assertThat(explanation.steps()).isEmpty();
    }

    @Test
    void aJobSizeOfZeroIsAnInputErrorNotADivision() {
        Score score = new WsjfModel().score(wsjf(8, 5, 3, 0));

        assertThat(score.computed()).isFalse();
        assertThat(score.missing()).isEmpty();
        assertThat(score.inputErrors()).containsExactly(FieldError.of("jobSize", ScoringMessages.INPUT_ZERO_DIVISOR));
    }

    @Test
    void valuesOffTheirScaleAreReportedAlongsideWhatIsMissing() {
        Score score = new WsjfModel().score(with(BUSINESS_VALUE, 4, JOB_SIZE, 21));

        assertThat(score.missing()).containsExactly(TIME_CRITICALITY, RISK_REDUCTION);
        assertThat(score.inputErrors()).containsExactly(
                FieldError.of("businessValue", ScoringMessages.INPUT_NOT_ON_SCALE, 4.0, "1, 2, 3, 5, 8, 13, 20"),
                FieldError.of("jobSize", ScoringMessages.INPUT_NOT_ON_SCALE, 21.0, "1, 2, 3, 5, 8, 13, 20"));
    }

    @Test
    void inputsTheModelDoesNotReadDoNotMatter() {
        Score score = new Cd3Model().score(cd3(100, 4).with(JOB_SIZE, 0).with(REACH, -1));

        assertThat(score.value()).hasValue(25);
    }

    @Test
    void riceReadsConfidenceAsAPercentage() {
        assertThat(new RiceModel().score(rice(1000, 0.5, 50, 0.5)).value()).hasValue(500);
        assertThat(new RiceModel().score(rice(1000, 2, 0, 4)).value()).hasValue(0);
        assertThat(new RiceModel().score(rice(1000, 2, 80, 0)).inputErrors())
                .containsExactly(FieldError.of("effort", ScoringMessages.INPUT_ZERO_DIVISOR));
        assertThat(new RiceModel().score(rice(1000, 1.5, 120, -2)).inputErrors()).containsExactly(
                FieldError.of("impact", ScoringMessages.INPUT_NOT_ON_SCALE, 1.5, "0.25, 0.5, 1, 2, 3"),
                FieldError.of("confidence", ScoringMessages.INPUT_ABOVE_MAXIMUM, 120.0, 100.0),
                FieldError.of("effort", ScoringMessages.INPUT_NOT_ABOVE_MINIMUM, -2.0, 0.0));
    }

    @Test
    void iceReadsImpactOnRicesScaleAndConfidenceAsAFraction() {
        Score score = new IceModel().score(ice(2, 80, 7));

        assertThat(score.value()).hasValueCloseTo(11.2, within(1e-12));
        assertThat(score.explanation().steps()).singleElement().satisfies(step -> {
            assertThat(step.messageKey()).isEqualTo(ScoringMessages.ICE_STEP_SCORE);
            assertThat(step.arguments()).containsExactly(2.0, 80.0, 7.0, step.result());
        });
        assertThat(new IceModel().score(ice(3, 100, 10)).value()).hasValue(30);
        assertThat(new IceModel().score(ice(3, 100, 11)).inputErrors())
                .containsExactly(FieldError.of("ease", ScoringMessages.INPUT_ABOVE_MAXIMUM, 11.0, 10.0));
        assertThat(new IceModel().score(ice(3, 100, 0.5)).inputErrors())
                .containsExactly(FieldError.of("ease", ScoringMessages.INPUT_BELOW_MINIMUM, 0.5, 1.0));
    }

    @Test
    void moscowScoresTheCategoryNumber() {
        MoscowModel model = new MoscowModel();

        for (MoscowCategory category : MoscowCategory.values()) {
            assertThat(model.score(with(MOSCOW, category.value())).value()).hasValue(category.value());
        }
        assertThat(model.score(with(MOSCOW, 5)).inputErrors())
                .containsExactly(FieldError.of("moscow", ScoringMessages.INPUT_NOT_ON_SCALE, 5.0, "1, 2, 3, 4"));
        assertThat(model.score(with(MOSCOW, 4)).explanation().steps()).containsExactly(
                new ExplanationStep(ScoringMessages.MOSCOW_STEP_SCORE, List.of(4.0, 4.0), 4));
    }

    @Test
    void weightedCriteriaNormaliseEachInputOnItsScale() {
        WeightedCriteriaModel model = new WeightedCriteriaModel(List.of(
                new Criterion("value", BUSINESS_VALUE, 3, Direction.BENEFIT),
                new Criterion("size", JOB_SIZE, 1, Direction.COST)));

        Score score = model.score(with(BUSINESS_VALUE, 20, JOB_SIZE, 1));
        assertThat(score.value()).hasValue(100);
        assertThat(model.score(with(BUSINESS_VALUE, 1, JOB_SIZE, 20)).value()).hasValue(0);
        // business value 5 is (5 - 1) / 19 of its scale, job size 8 leaves 1 - 7 / 19
        assertThat(model.score(with(BUSINESS_VALUE, 5, JOB_SIZE, 8)).value())
                .hasValueCloseTo(100 * (0.75 * 4 / 19 + 0.25 * 12 / 19), within(1e-12));

        ScoreExplanation explanation = score.explanation();
        assertThat(explanation.terms()).containsExactly(new ExplanationTerm(BUSINESS_VALUE, 20.0, 0.75),
                new ExplanationTerm(JOB_SIZE, 1.0, 0.25));
        assertThat(explanation.steps()).extracting(ExplanationStep::messageKey).containsExactly(
                ScoringMessages.WEIGHTED_STEP_BENEFIT, ScoringMessages.WEIGHTED_STEP_COST,
                ScoringMessages.WEIGHTED_STEP_SCORE);
        assertThat(explanation.steps().get(0).arguments()).containsExactly(1, 20.0, 1.0, 20.0, 1.0, 0.75, 0.75);
        assertThat(explanation.steps().get(2).result()).isEqualTo(score.value().getAsDouble());
    }

    @Test
    void aWeightedModelNeedsEveryCriterionsInputEachListedOnce() {
        WeightedCriteriaModel model = new WeightedCriteriaModel(List.of(
                new Criterion("value", EASE, 1, Direction.BENEFIT), new Criterion("risk", IMPACT, 0, Direction.COST),
                new Criterion("value again", EASE, 2, Direction.COST)));

        assertThat(model.inputs()).containsExactly(EASE, IMPACT);
        assertThat(model.score(with(EASE, 10)).missing()).containsExactly(IMPACT);
        assertThat(model.score(with(EASE, 10, IMPACT, 3)).value()).hasValueCloseTo(100.0 / 3, within(1e-12));
    }

    @Test
    void aWeightedModelRefusesCriteriaAConfigurationWouldRefuse() {
        assertThatThrownBy(() -> new WeightedCriteriaModel(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightedCriteriaModel(List.of(new Criterion("a", EASE, 0, Direction.BENEFIT))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion("reach", REACH, 1, Direction.BENEFIT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreThatOverflowsIsNotComputed() {
        Score score = new RiceModel().score(rice(Double.MAX_VALUE, 3, 100, 0.5));

        assertThat(score.computed()).isFalse();
        assertThat(score.missing()).isEmpty();
        assertThat(score.inputErrors()).containsExactly(FieldError.of("score", ScoringMessages.SCORE_NOT_FINITE));
        assertThat(score.explanation().steps()).isEmpty();
    }

    @Test
    void theExplanationsLastStepIsTheScore() {
        ScoringInputs all = wsjf(13, 8, 2, 3).with(REACH, 1200).with(IMPACT, 2).with(CONFIDENCE, 80)
                .with(EFFORT, 3).with(EASE, 6).with(MOSCOW, 3).with(ScoringInput.COST_OF_DELAY, 12000)
                .with(ScoringInput.DURATION, 7);
        for (ScoringModelType type : ScoringModelType.values()) {
            Score score = ScoringModels.of(ScoringConfiguration.of(type)).score(all);
            List<ExplanationStep> steps = score.explanation().steps();
            assertThat(score.value()).as(type.name()).hasValue(steps.get(steps.size() - 1).result());
            assertThat(score.explanation().model()).isEqualTo(type);
            assertThat(score.explanation().formulaKey()).isEqualTo(type.formulaKey());
        }
    }

    @Test
    void scoresOfEqualInputsAreEqual() {
        assertThat(new WsjfModel().score(wsjf(8, 5, 3, 5))).isEqualTo(new WsjfModel().score(wsjf(8, 5, 3, 5)))
                .isNotEqualTo(new WsjfModel().score(wsjf(8, 5, 3, 8)));
        assertThat(Score.computed(new Cd3Model(), cd3(0, 1), -0.0)).isEqualTo(new Cd3Model().score(cd3(0, 1)));
    }

    @Test
    void scoresAreBuiltOnlyConsistently() {
        assertThatThrownBy(() -> Score.computed(new Cd3Model(), cd3(1, 1), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.notComputed(new Cd3Model(), cd3(1, 1), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modelNamesParseLeniently() {
        assertThat(ScoringModelType.parse(" wsjf ")).contains(ScoringModelType.WSJF);
        assertThat(ScoringModelType.parse("Cd3")).contains(ScoringModelType.CD3);
        assertThat(ScoringModelType.parse("kano")).isEmpty();
        assertThat(ScoringModelType.parse(null)).isEmpty();
    }
}
