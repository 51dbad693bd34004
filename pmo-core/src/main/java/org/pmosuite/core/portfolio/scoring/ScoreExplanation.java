package org.pmosuite.core.portfolio.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Why an initiative has its score: the model's formula, each input it read and, when the score could be computed,
 * the steps that computed it. Message keys and numbers only; edges render them.
 *
 * @param model      the model that scored
 * @param formulaKey the formula in words, e.g. {@code pmo.portfolio.model.wsjf.formula}
 * @param terms      every input the model reads, in the model's order, missing ones with a {@code null} value
 * @param steps      the computation, step by step; empty when the score is not computed
 */
public record ScoreExplanation(ScoringModelType model, String formulaKey, List<ExplanationTerm> terms,
        List<ExplanationStep> steps) {
    public ScoreExplanation {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(formulaKey, "formulaKey");
        terms = List.copyOf(terms);
        steps = List.copyOf(steps);
    }
}
