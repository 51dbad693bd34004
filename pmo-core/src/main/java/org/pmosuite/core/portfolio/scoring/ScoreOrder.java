package org.pmosuite.core.portfolio.scoring;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The ranking order: computed scores first, highest first; then every score that could not be computed (an input
 * missing or off its scale); ties, and the uncomputed among themselves, by id ascending. With ids unique within a
 * ranking this is a total order and two candidates compare equal only when they have the same id, so sorting is
 * deterministic whatever order the candidates came in.
 */
public final class ScoreOrder implements Comparator<RankCandidate> {

    /** The order of {@link RankCandidate}s. */
    public static final ScoreOrder BY_SCORE_THEN_ID = new ScoreOrder();

    private ScoreOrder() {
    }

    @Override
    public int compare(RankCandidate a, RankCandidate b) {
        return compare(a.score(), a.id(), b.score(), b.id());
    }

    /** The same order over any type that has a score and a unique {@code long} id. */
    public static <T> Comparator<T> byScoreThenId(Function<? super T, Score> score, ToLongFunction<? super T> id) {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(id, "id");
        return (a, b) -> compare(score.apply(a), id.applyAsLong(a), score.apply(b), id.applyAsLong(b));
    }

    /** Computed before not computed, then higher value first; 0 when neither tells them apart. */
    public static int compareScores(Score a, Score b) {
        boolean computedA = a.computed();
        boolean computedB = b.computed();
        if (computedA != computedB) {
            return computedA ? -1 : 1;
        }
        return computedA ? Double.compare(b.rawValue(), a.rawValue()) : 0;
    }

    private static int compare(Score scoreA, long idA, Score scoreB, long idB) {
        int byScore = compareScores(scoreA, scoreB);
        return byScore != 0 ? byScore : Long.compare(idA, idB);
    }

    @Override
    public String toString() {
        return "ScoreOrder.BY_SCORE_THEN_ID";
    }
}
