package org.pmosuite.core.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoringConfigurationTest {

    @Test
    void theDefaultWeightedModelWeighsWsjfsInputsEquallyWithTheJobSizeAsACost() {
        ScoringConfiguration configuration = ScoringConfiguration.of(ScoringModelType.WEIGHTED);

        assertThat(configuration.criteria()).containsExactly(
                new Criterion("businessValue", ScoringInput.BUSINESS_VALUE, 1, Direction.BENEFIT),
                new Criterion("timeCriticality", ScoringInput.TIME_CRITICALITY, 1, Direction.BENEFIT),
                new Criterion("riskReduction", ScoringInput.RISK_REDUCTION, 1, Direction.BENEFIT),
                new Criterion("jobSize", ScoringInput.JOB_SIZE, 1, Direction.COST));
        assertThat(configuration.inputs()).isEqualTo(ScoringModelType.WEIGHTED.inputs());
    }

    @Test
    void otherModelsReadTheirOwnInputsAndHaveNoCriteria() {
        ScoringConfiguration configuration = ScoringConfiguration.of(ScoringModelType.CD3);

        assertThat(configuration.criteria()).isEmpty();
        assertThat(configuration.inputs()).containsExactly(ScoringInput.COST_OF_DELAY, ScoringInput.DURATION);
        assertThatThrownBy(() -> new ScoringConfiguration(ScoringModelType.CD3,
                ScoringConfiguration.defaultCriteria(), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capsLeftOutTakeTheirDefault() {
        ScoringConfiguration configuration = new ScoringConfiguration(ScoringModelType.MOSCOW, List.of(),
                Map.of(MoscowCategory.COULD, 20.0));

        assertThat(configuration.categoryCapPercent()).containsExactlyInAnyOrderEntriesOf(Map.of(
                MoscowCategory.MUST, 60.0, MoscowCategory.SHOULD, 100.0, MoscowCategory.COULD, 20.0,
                MoscowCategory.WONT, 100.0));
        assertThatThrownBy(() -> configuration.categoryCapPercent().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ScoringConfiguration(ScoringModelType.MOSCOW, List.of(),
                Map.of(MoscowCategory.MUST, 100.5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void criteriaMustHaveDistinctIdsAndSomeWeight() {
        assertThatThrownBy(() -> new ScoringConfiguration(ScoringModelType.WEIGHTED, List.of(
                new Criterion("a", ScoringInput.EASE, 1, Direction.BENEFIT),
                new Criterion("A", ScoringInput.IMPACT, 1, Direction.BENEFIT)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion(" ", ScoringInput.EASE, 1, Direction.BENEFIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion("a", ScoringInput.EASE, -1, Direction.BENEFIT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMessageKeyIsAPortfolioKeyAndListedOnce() {
        assertThat(ScoringMessages.all()).doesNotHaveDuplicates().allMatch(key -> key.startsWith("pmo.portfolio."))
                .allMatch(key -> key.matches("pmo(\\.[a-z0-9]+(-[a-z0-9]+)*)+"));
        assertThat(new HashSet<>(ScoringMessages.all())).contains(ScoringInput.DURATION.messageKey(),
                ScoringModelType.CD3.formulaKey(), MoscowCategory.WONT.messageKey(), Direction.COST.messageKey());
        assertThat(MoscowCategory.ofValue(4)).contains(MoscowCategory.MUST);
        assertThat(MoscowCategory.ofValue(0)).isEmpty();
        assertThat(MoscowCategory.parse(" wont ")).contains(MoscowCategory.WONT);
        assertThat(Direction.parse("cost")).contains(Direction.COST);
    }
}
