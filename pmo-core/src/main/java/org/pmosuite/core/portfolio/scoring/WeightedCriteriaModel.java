package org.pmosuite.core.portfolio.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted criteria: each criterion's input placed on 0..1 by its scale (a cost counted as 1 minus that), weighed by
 * the criterion's weight over the sum of all weights, and summed; the score is 100 times the sum, so it runs from 0
 * to 100 and scaling every weight by the same factor leaves it unchanged. Every criterion's input is needed, a
 * criterion of weight 0 included.
 */
public final class WeightedCriteriaModel implements ScoringModel {

    private final List<Criterion> criteria;
    private final Criterion[] array;
    /** Each criterion's weight over the sum of the weights. */
    private final double[] shares;
    private final ModelInputs inputs;

    /**
     * @param criteria at least one, ids unique ignoring case, weights not all 0 (as {@link ScoringConfiguration}
     *                 requires of a weighted model)
     */
    public WeightedCriteriaModel(List<Criterion> criteria) {
        this.criteria = new ScoringConfiguration(ScoringModelType.WEIGHTED, criteria, Map.of()).criteria();
        this.array = this.criteria.toArray(Criterion[]::new);
        double total = 0;
        for (Criterion criterion : array) {
            total += criterion.weight();
        }
        this.shares = new double[array.length];
        for (int i = 0; i < array.length; i++) {
            shares[i] = array[i].weight() / total;
        }
        Set<ScoringInput> read = new LinkedHashSet<>();
        this.criteria.forEach(criterion -> read.add(criterion.input()));
        this.inputs = new ModelInputs(new ArrayList<>(read));
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    @Override
    public ScoringModelType type() {
        return ScoringModelType.WEIGHTED;
    }

    /** The criteria's inputs, each once, in criterion order. */
    @Override
    public List<ScoringInput> inputs() {
        return inputs.list();
    }

    @Override
    public Score score(ScoringInputs values) {
        if (!inputs.usable(values)) {
            return inputs.rejected(this, values);
        }
        double sum = 0;
        for (int i = 0; i < array.length; i++) {
            sum += shares[i] * array[i].normalisedValue(values.value(array[i].input()));
        }
        return ModelInputs.result(this, values, percent(sum));
    }

    /** One term per criterion (so an input read by two criteria shows twice), weighted by its share. */
    @Override
    public ScoreExplanation explain(ScoringInputs values) {
        List<ExplanationTerm> terms = new ArrayList<>(array.length);
        for (int i = 0; i < array.length; i++) {
            ScoringInput input = array[i].input();
            terms.add(new ExplanationTerm(input, values.has(input) ? values.value(input) : null, shares[i]));
        }
        List<ExplanationStep> steps = new ArrayList<>();
        if (score(values).computed()) {
            double sum = 0;
            for (int i = 0; i < array.length; i++) {
                Criterion criterion = array[i];
                double value = values.value(criterion.input());
                double normalised = criterion.normalisedValue(value);
                double contribution = shares[i] * normalised;
                sum += contribution;
                InputScale scale = criterion.input().scale();
                steps.add(ExplanationStep.of(criterion.direction() == Direction.BENEFIT
                        ? ScoringMessages.WEIGHTED_STEP_BENEFIT : ScoringMessages.WEIGHTED_STEP_COST, contribution,
                        i + 1, value, scale.min(), scale.max(), normalised, shares[i]));
            }
            steps.add(ExplanationStep.of(ScoringMessages.WEIGHTED_STEP_SCORE, percent(sum), sum));
        }
        return new ScoreExplanation(type(), type().formulaKey(), terms, steps);
    }

    /** 100 x the sum, kept within 0..100: the shares can add up to a rounding error more than 1. */
    private static double percent(double sum) {
        return Math.min(100, Math.max(0, 100 * sum));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeightedCriteriaModel model && model.criteria.equals(criteria);
    }

    @Override
    public int hashCode() {
        return criteria.hashCode();
    }

    @Override
    public String toString() {
        return "WeightedCriteriaModel" + criteria;
    }
}
