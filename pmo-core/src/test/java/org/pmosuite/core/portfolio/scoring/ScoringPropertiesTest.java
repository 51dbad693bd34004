package org.pmosuite.core.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.pmosuite.core.common.FieldError;

/** Properties every model keeps, whatever the inputs. */
class ScoringPropertiesTest {

    // WSJF

    @Property
    void wsjfNeverFallsWhenACostOfDelayPartRises(@ForAll("fibonacci") double bv, @ForAll("fibonacci") double tc,
            @ForAll("fibonacci") double rr, @ForAll("fibonacci") double size, @ForAll("fibonacci") double higher,
            @ForAll @IntRange(min = 0, max = 2) int part) {
        double[] parts = {bv, tc, rr};
        double[] raised = parts.clone();
        raised[part] = Math.max(parts[part], higher);

        assertThat(wsjf(raised, size)).isGreaterThanOrEqualTo(wsjf(parts, size));
    }

    @Property
    void raisingTheJobSizeNeverRaisesWsjf(@ForAll("fibonacci") double bv, @ForAll("fibonacci") double tc,
            @ForAll("fibonacci") double rr, @ForAll("fibonacci") double size, @ForAll("fibonacci") double larger) {
        double[] parts = {bv, tc, rr};

        assertThat(wsjf(parts, Math.max(size, larger))).isLessThanOrEqualTo(wsjf(parts, size));
    }

    // RICE

    @Property
    void riceRisesWithReachImpactAndConfidenceAndFallsWithEffort(@ForAll("reach") double reach,
            @ForAll("impact") double impact, @ForAll @DoubleRange(min = 0, max = 100) double confidence,
            @ForAll("effort") double effort, @ForAll("reach") double moreReach, @ForAll("impact") double moreImpact,
            @ForAll @DoubleRange(min = 0, max = 100) double moreConfidence, @ForAll("effort") double moreEffort) {
        double base = rice(reach, impact, confidence, effort);

        assertThat(rice(Math.max(reach, moreReach), impact, confidence, effort)).isGreaterThanOrEqualTo(base);
        assertThat(rice(reach, Math.max(impact, moreImpact), confidence, effort)).isGreaterThanOrEqualTo(base);
        assertThat(rice(reach, impact, Math.max(confidence, moreConfidence), effort)).isGreaterThanOrEqualTo(base);
        assertThat(rice(reach, impact, confidence, Math.max(effort, moreEffort))).isLessThanOrEqualTo(base);
    }

    // CD3

    @Property
    void cd3RisesWithCostOfDelayAndFallsWithDuration(@ForAll("money") double costOfDelay,
            @ForAll("weeks") double duration, @ForAll("money") double more, @ForAll("weeks") double longer) {
        double base = cd3(costOfDelay, duration);

        assertThat(cd3(Math.max(costOfDelay, more), duration)).isGreaterThanOrEqualTo(base);
        assertThat(cd3(costOfDelay, Math.max(duration, longer))).isLessThanOrEqualTo(base);
    }

    // Weighted criteria

    @Property
    void weightedRisesWithABenefitAndFallsWithACost(@ForAll("criteria") List<Criterion> criteria,
            @ForAll("fullInputs") ScoringInputs inputs, @ForAll @IntRange(min = 0, max = 19) int which,
            @ForAll @DoubleRange(min = 0, max = 1) double towardsTop) {
        Criterion criterion = criteria.get(which % criteria.size());
        ScoringInput input = criterion.input();
        double higher = higherOnScale(input.scale(), inputs.get(input).getAsDouble(), towardsTop);
        WeightedCriteriaModel model = new WeightedCriteriaModel(criteria);
        List<Criterion> sameInput = criteria.stream().filter(c -> c.input() == input).toList();
        double before = value(model.score(inputs));
        double after = value(model.score(inputs.with(input, higher)));

        if (sameInput.stream().allMatch(c -> c.direction() == Direction.BENEFIT)) {
            assertThat(after).isGreaterThanOrEqualTo(before);
        }
        if (sameInput.stream().allMatch(c -> c.direction() == Direction.COST)) {
            assertThat(after).isLessThanOrEqualTo(before);
        }
    }

    @Property
    void weightedIgnoresScalingEveryWeightByOneFactor(@ForAll("criteria") List<Criterion> criteria,
            @ForAll("fullInputs") ScoringInputs inputs, @ForAll @DoubleRange(min = 0.001, max = 1000) @Scale(3) double factor) {
        List<Criterion> scaled = criteria.stream()
                .map(c -> new Criterion(c.id(), c.input(), c.weight() * factor, c.direction())).toList();

        double original = value(new WeightedCriteriaModel(criteria).score(inputs));
        assertThat(value(new WeightedCriteriaModel(scaled).score(inputs))).isCloseTo(original, within(1e-9));
        assertThat(original).isBetween(0.0, 100.0);
    }

    // Every model

    @Property
    void aMissingInputNeverYieldsAComputedScore(@ForAll ScoringModelType type, @ForAll("fullInputs") ScoringInputs all,
            @ForAll @IntRange(min = 0, max = 11) int dropped) {
        ScoringModel model = ScoringModels.of(ScoringConfiguration.of(type));
        ScoringInput input = model.inputs().get(dropped % model.inputs().size());
        Score score = model.score(all.without(input));

        assertThat(score.computed()).isFalse();
        assertThat(score.value()).isEmpty();
        assertThat(score.missing()).containsExactly(input);
        assertThat(score.explanation().steps()).isEmpty();
    }

    @Property
    void aZeroDivisorIsAlwaysAnInputError(@ForAll ScoringModelType type, @ForAll("fullInputs") ScoringInputs all) {
        ScoringModel model = ScoringModels.of(ScoringConfiguration.of(type));
        for (ScoringInput divisor : model.inputs().stream().filter(ScoringInput::divisor).toList()) {
            Score score = model.score(all.with(divisor, 0));

            assertThat(score.computed()).isFalse();
            assertThat(score.inputErrors())
                    .containsExactly(FieldError.of(divisor.fieldName(), ScoringMessages.INPUT_ZERO_DIVISOR));
        }
    }

    @Property
    void scoresOfValidInputsAreFiniteAndExplained(@ForAll ScoringModelType type,
            @ForAll("fullInputs") ScoringInputs all) {
        Score score = ScoringModels.of(ScoringConfiguration.of(type)).score(all);

        assertThat(score.computed()).isTrue();
        assertThat(score.value().getAsDouble()).isFinite();
        List<ExplanationStep> steps = score.explanation().steps();
        assertThat(steps.get(steps.size() - 1).result()).isEqualTo(score.value().getAsDouble());
        assertThat(steps).allSatisfy(step -> assertThat(step.arguments()).allMatch(a -> a instanceof Number));
    }

    @Property
    void anyValuesGiveAFiniteScoreOrNone(@ForAll ScoringModelType type, @ForAll("anyInputs") ScoringInputs inputs) {
        Score score = ScoringModels.of(ScoringConfiguration.of(type)).score(inputs);

        if (score.computed()) {
            assertThat(score.value().getAsDouble()).isFinite();
        } else {
            assertThat(score.missing().size() + score.inputErrors().size()).isPositive();
        }
        assertThat(score.explanation().terms()).extracting(ExplanationTerm::input)
                .containsExactlyElementsOf(type.inputs());
    }

    // Generators

    @Provide
    Arbitrary<Double> fibonacci() {
        return Arbitraries.of(1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0);
    }

    @Provide
    Arbitrary<Double> impact() {
        return Arbitraries.of(0.25, 0.5, 1.0, 2.0, 3.0);
    }

    @Provide
    Arbitrary<Double> reach() {
        return Arbitraries.doubles().between(0, 1e7);
    }

    @Provide
    Arbitrary<Double> effort() {
        return Arbitraries.doubles().between(0.01, 120);
    }

    @Provide
    Arbitrary<Double> money() {
        return Arbitraries.doubles().between(0, 1e7);
    }

    @Provide
    Arbitrary<Double> weeks() {
        return Arbitraries.doubles().between(0.1, 520);
    }

    /** A value for every input, each on its scale. */
    @Provide
    Arbitrary<ScoringInputs> fullInputs() {
        List<Arbitrary<Double>> values = new ArrayList<>();
        for (ScoringInput input : ScoringInput.values()) {
            values.add(onScale(input));
        }
        return Combinators.combine(values).as(list -> {
            Map<ScoringInput, Double> map = new EnumMap<>(ScoringInput.class);
            for (ScoringInput input : ScoringInput.values()) {
                map.put(input, list.get(input.ordinal()));
            }
            return ScoringInputs.of(map);
        });
    }

    /** Any subset of inputs, with any doubles, NaN and infinities included. */
    @Provide
    Arbitrary<ScoringInputs> anyInputs() {
        Arbitrary<Double> any = Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(0.0, -0.0, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, 1.0, 20.0));
        return Arbitraries.maps(Arbitraries.of(ScoringInput.class), Arbitraries.oneOf(any, onScaleOfAnyInput()))
                .ofMaxSize(ScoringInput.values().length).map(ScoringInputs::of);
    }

    /** One to six criteria on bounded inputs, weights not all 0. */
    @Provide
    Arbitrary<List<Criterion>> criteria() {
        List<ScoringInput> bounded = List.of(ScoringInput.values()).stream().filter(i -> i.scale().bounded())
                .toList();
        Arbitrary<Criterion> criterion = Combinators.combine(Arbitraries.of(bounded),
                Arbitraries.doubles().between(0, 10), Arbitraries.of(Direction.class))
                .as((input, weight, direction) -> new Criterion("c", input, weight, direction));
        return criterion.list().ofMinSize(1).ofMaxSize(6)
                .filter(list -> list.stream().mapToDouble(Criterion::weight).sum() > 0)
                .map(list -> {
                    List<Criterion> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Criterion c = list.get(i);
                        named.add(new Criterion("c" + i, c.input(), c.weight(), c.direction()));
                    }
                    return named;
                });
    }

    private static Arbitrary<Double> onScale(ScoringInput input) {
        InputScale scale = input.scale();
        if (scale.discrete()) {
            return Arbitraries.of(scale.values());
        }
        double max = scale.bounded() ? scale.max() : 1e7;
        double min = scale.minInclusive() ? scale.min() : Math.max(scale.min(), 0) + 0.01;
        return Arbitraries.doubles().between(min, max);
    }

    private static Arbitrary<Double> onScaleOfAnyInput() {
        return Arbitraries.of(ScoringInput.class).flatMap(ScoringPropertiesTest::onScale);
    }

    /** A value of the scale at or above {@code value}. */
    private static double higherOnScale(InputScale scale, double value, double towardsTop) {
        if (scale.discrete()) {
            List<Double> above = scale.values().stream().filter(v -> v >= value).toList();
            return above.get((int) Math.min(above.size() - 1, Math.floor(towardsTop * above.size())));
        }
        return Math.min(scale.max(), value + towardsTop * (scale.max() - value));
    }

    private static double wsjf(double[] parts, double size) {
        return value(new WsjfModel().score(Initiatives.wsjf(parts[0], parts[1], parts[2], size)));
    }

    private static double rice(double reach, double impact, double confidence, double effort) {
        return value(new RiceModel().score(Initiatives.rice(reach, impact, confidence, effort)));
    }

    private static double cd3(double costOfDelay, double duration) {
        return value(new Cd3Model().score(Initiatives.cd3(costOfDelay, duration)));
    }

    private static double value(Score score) {
        assertThat(score.computed()).as("%s", score).isTrue();
        return score.value().getAsDouble();
    }
}
