package org.pmosuite.core.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pmosuite.core.common.FieldError;

class InputScaleTest {

    @Test
    void wsjfInputsAreOnTheModifiedFibonacciScale() {
        for (ScoringInput input : ScoringModelType.WSJF.inputs()) {
            assertThat(input.scale()).isEqualTo(InputScale.modifiedFibonacci());
        }
        assertThat(InputScale.modifiedFibonacci().values()).containsExactly(1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0);
        assertThat(InputScale.modifiedFibonacci().check(ScoringInput.JOB_SIZE, 4)).contains(
                FieldError.of("jobSize", ScoringMessages.INPUT_NOT_ON_SCALE, 4.0, "1, 2, 3, 5, 8, 13, 20"));
    }

    @ParameterizedTest(name = "{0} = {1} is allowed: {2}")
    @CsvSource({"REACH,0,true", "REACH,-0.5,false", "REACH,1e12,true", "IMPACT,0.25,true", "IMPACT,0.3,false",
            "CONFIDENCE,0,true", "CONFIDENCE,100,true", "CONFIDENCE,100.5,false", "EFFORT,0.5,true",
            "EFFORT,0,false", "EASE,1,true", "EASE,10,true", "EASE,0,false", "MOSCOW,4,true", "MOSCOW,2.5,false",
            "COST_OF_DELAY,0,true", "DURATION,0.1,true", "DURATION,-1,false", "JOB_SIZE,21,false"})
    void eachInputHasItsScale(ScoringInput input, double value, boolean allowed) {
        assertThat(input.scale().contains(value)).isEqualTo(allowed);
        assertThat(input.scale().check(input, value).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(ScoringInput.class)
    void noInputTakesNaNOrAnInfinity(ScoringInput input) {
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThat(input.scale().check(input, value))
                    .contains(FieldError.of(input.fieldName(), ScoringMessages.INPUT_NOT_FINITE));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ScoringInput.class, names = {"JOB_SIZE", "EFFORT", "DURATION"})
    void zeroIsAnErrorOfItsOwnForADivisor(ScoringInput input) {
        assertThat(input.divisor()).isTrue();
        assertThat(input.scale().check(input, 0)).contains(FieldError.of(input.fieldName(),
                ScoringMessages.INPUT_ZERO_DIVISOR));
        assertThat(input.scale().check(input, -0.0)).contains(FieldError.of(input.fieldName(),
                ScoringMessages.INPUT_ZERO_DIVISOR));
    }

    @Test
    void rangesNameTheBoundAValueMissed() {
        assertThat(ScoringInput.REACH.scale().check(ScoringInput.REACH, -3))
                .contains(FieldError.of("reach", ScoringMessages.INPUT_BELOW_MINIMUM, -3.0, 0.0));
        assertThat(ScoringInput.DURATION.scale().check(ScoringInput.DURATION, -3))
                .contains(FieldError.of("duration", ScoringMessages.INPUT_NOT_ABOVE_MINIMUM, -3.0, 0.0));
        assertThat(ScoringInput.CONFIDENCE.scale().check(ScoringInput.CONFIDENCE, 101))
                .contains(FieldError.of("confidence", ScoringMessages.INPUT_ABOVE_MAXIMUM, 101.0, 100.0));
    }

    @Test
    void normalisingPlacesAValueBetweenTheScalesEnds() {
        assertThat(InputScale.modifiedFibonacci().normalise(1)).isZero();
        assertThat(InputScale.modifiedFibonacci().normalise(20)).isEqualTo(1);
        assertThat(InputScale.modifiedFibonacci().normalise(5)).isEqualTo(4.0 / 19);
        assertThat(InputScale.between(0, 100).normalise(80)).isEqualTo(0.8);
        assertThat(InputScale.of(7).normalise(7)).isEqualTo(1);
        assertThatThrownBy(() -> InputScale.atLeast(0).normalise(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputScale.modifiedFibonacci().normalise(4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scalesDescribeThemselves() {
        assertThat(ScoringInput.IMPACT.scale().discrete()).isTrue();
        assertThat(ScoringInput.IMPACT.scale().values()).containsExactly(0.25, 0.5, 1.0, 2.0, 3.0);
        assertThat(ScoringInput.IMPACT.scale()).hasToString("{0.25, 0.5, 1, 2, 3}");
        InputScale effort = ScoringInput.EFFORT.scale();
        assertThat(effort.discrete()).isFalse();
        assertThat(effort.values()).isEmpty();
        assertThat(effort.minInclusive()).isFalse();
        assertThat(effort.bounded()).isFalse();
        assertThat(effort).hasToString("(0, inf)");
        assertThat(ScoringInput.EASE.scale()).hasToString("[1, 10]");
        assertThat(List.of(ScoringInput.values()).stream().filter(i -> !i.scale().bounded()))
                .containsExactly(ScoringInput.REACH, ScoringInput.EFFORT, ScoringInput.COST_OF_DELAY,
                        ScoringInput.DURATION);
    }

    @Test
    void scalesAreWellFormed() {
        assertThatThrownBy(InputScale::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputScale.of(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputScale.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputScale.between(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputScale.atLeast(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InputScale.of(3, 1, 2)).isEqualTo(InputScale.of(1, 2, 3));
    }

    @Test
    void inputsParseByFieldOrConstantName() {
        assertThat(ScoringInput.parse(" jobsize ")).contains(ScoringInput.JOB_SIZE);
        assertThat(ScoringInput.parse("costOfDelay")).contains(ScoringInput.COST_OF_DELAY);
        assertThat(ScoringInput.parse("time_criticality")).contains(ScoringInput.TIME_CRITICALITY);
        assertThat(ScoringInput.parse("size")).isEmpty();
        assertThat(ScoringInput.parse(null)).isEmpty();
        assertThat(ScoringInput.BUSINESS_VALUE.messageKey()).isEqualTo("pmo.portfolio.input.business-value");
        assertThat(ScoringInput.COST_OF_DELAY.fieldName()).isEqualTo("costOfDelay");
    }
}
