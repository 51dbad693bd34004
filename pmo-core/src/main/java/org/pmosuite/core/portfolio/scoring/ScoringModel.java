package org.pmosuite.core.portfolio.scoring;

import java.util.List;

/**
 * Scores initiatives from their scoring inputs. Pure and deterministic: the same inputs always give the same score,
 * at full double precision (round for display only, at the edge). A score is computed only when every input the
 * model reads is present and on its scale.
 */
public interface ScoringModel {

    ScoringModelType type();

    /** The inputs the model reads, in the order its explanation shows them. */
    List<ScoringInput> inputs();

    /**
     * The initiative's score. Cheap: the explanation is not built until {@link Score#explanation()} is asked for.
     */
    Score score(ScoringInputs inputs);

    /** Why the inputs score as they do: the formula, each input and the computation's steps. */
    ScoreExplanation explain(ScoringInputs inputs);
}
