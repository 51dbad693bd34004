package org.pmosuite.core.portfolio;

import java.time.Instant;
import java.util.Objects;

/**
 * A PMO lead's manual decision about one initiative on one portfolio: where they moved it, and whether they forced
 * it in or out. One stored row per initiative that has one; every other initiative stands at its score.
 *
 * @param issueId   the initiative
 * @param projectId its project, so that reads filter by what the viewer may browse
 * @param key       where it was moved to, or null while it stands at its score
 * @param forcing   whether it is forced in or out
 * @param by        who decided last
 * @param at        when
 * @param reason    why, as they typed it; may be empty
 */
public record RankPlacement(long issueId, long projectId, RankKey key, Forcing forcing, String by, Instant at,
        String reason) {
    public RankPlacement {
        Objects.requireNonNull(forcing, "forcing");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }

    public boolean moved() {
        return key != null;
    }
}
