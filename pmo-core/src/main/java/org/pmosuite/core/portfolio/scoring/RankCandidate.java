package org.pmosuite.core.portfolio.scoring;

import java.util.Objects;

/**
 * An initiative to rank: its id (for example the Jira issue id), unique within a ranking, and its score.
 */
public record RankCandidate(long id, Score score) {
    public RankCandidate {
        Objects.requireNonNull(score, "score");
    }
}
