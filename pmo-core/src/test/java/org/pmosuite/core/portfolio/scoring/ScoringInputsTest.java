package org.pmosuite.core.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.CONFIDENCE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.EFFORT;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.JOB_SIZE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.REACH;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.FieldError;

class ScoringInputsTest {

    @Test
    void anAbsentInputIsMissingNotZero() {
        ScoringInputs inputs = ScoringInputs.of(Map.of(REACH, 0.0));

        assertThat(inputs.has(REACH)).isTrue();
        assertThat(inputs.get(REACH)).hasValue(0);
        assertThat(inputs.has(EFFORT)).isFalse();
        assertThat(inputs.get(EFFORT)).isEmpty();
    }

    @Test
    void aNullValueCountsAsAbsent() {
        Map<ScoringInput, Double> values = new HashMap<>();
        values.put(REACH, null);
        values.put(EFFORT, 2.0);

        assertThat(ScoringInputs.of(values).asMap()).isEqualTo(Map.of(EFFORT, 2.0));
        assertThat(ScoringInputs.of(Map.of())).isEqualTo(ScoringInputs.empty());
    }

    @Test
    void withAndWithoutLeaveTheOriginalAlone() {
        ScoringInputs original = ScoringInputs.of(Map.of(REACH, 10.0));

        ScoringInputs more = original.with(EFFORT, 3).with(REACH, 20);
        ScoringInputs less = more.without(REACH);

        assertThat(original.asMap()).isEqualTo(Map.of(REACH, 10.0));
        assertThat(more.asMap()).isEqualTo(Map.of(REACH, 20.0, EFFORT, 3.0));
        assertThat(less.asMap()).isEqualTo(Map.of(EFFORT, 3.0));
        assertThat(less).isEqualTo(ScoringInputs.of(Map.of(EFFORT, 3.0))).hasSameHashCodeAs(
                ScoringInputs.of(Map.of(EFFORT, 3.0)));
        assertThat(less.without(EFFORT)).isEqualTo(ScoringInputs.empty());
        assertThat(less.without(JOB_SIZE)).isSameAs(less);
        assertThatThrownBy(() -> more.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSourceMapIsCopied() {
        Map<ScoringInput, Double> values = new HashMap<>(Map.of(REACH, 1.0));
        ScoringInputs inputs = ScoringInputs.of(values);
        values.put(REACH, 2.0);

        assertThat(inputs.get(REACH)).hasValue(1);
    }

    @Test
    void errorsListEveryValueOffItsScaleInInputOrder() {
        ScoringInputs inputs = ScoringInputs.of(Map.of(EFFORT, 0.0, REACH, -1.0, CONFIDENCE, 80.0, JOB_SIZE, 4.0));

        assertThat(inputs.errors()).containsExactly(
                FieldError.of("jobSize", ScoringMessages.INPUT_NOT_ON_SCALE, 4.0, "1, 2, 3, 5, 8, 13, 20"),
                FieldError.of("reach", ScoringMessages.INPUT_BELOW_MINIMUM, -1.0, 0.0),
                FieldError.of("effort", ScoringMessages.INPUT_ZERO_DIVISOR));
        assertThat(ScoringInputs.of(Map.of(CONFIDENCE, 80.0)).errors()).isEmpty();
    }
}
