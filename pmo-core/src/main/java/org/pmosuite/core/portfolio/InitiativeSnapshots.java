package org.pmosuite.core.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Port: snapshots of the initiatives one viewer sees of one portfolio, kept between requests, so that the board, an
 * export and a scenario comparison do not read the whole scope from the {@link InitiativeSource} each time.
 *
 * <p>A snapshot is found only under the key it was kept with, and the key holds everything the source's answer
 * depends on that the app knows of: the viewer (browse permission and issue security are the viewer's own), the
 * scope as narrowed to the projects they may browse (so a changed scope or a lost project is another key), and
 * the portfolio's generation, which {@link #forget} replaces on every node. Nothing is ever shared between two
 * viewers. What the app does not hear of (an edit in Jira's own issue screen, a changed issue security level) shows
 * once the snapshot has expired; the adapter says after how long.
 *
 * <p>The store may drop any snapshot at any time; kept lists are never changed.
 */
public interface InitiativeSnapshots {

    /** The snapshot kept under this key, or null when there is none (never kept, expired or dropped). */
    Snapshot find(Key key);

    /** Keeps a snapshot under this key. */
    void keep(Key key, Snapshot snapshot);

    /** The portfolio's current generation, part of every key of its snapshots. */
    long generation(long portfolioId);

    /**
     * Gives the portfolio a new generation on every node, so that no snapshot of it kept before is found again: every
     * viewer's next read is fresh. A read that began before keeps what it read under the old generation, where
     * nobody looks.
     */
    void forget(long portfolioId);

    /**
     * What one viewer saw of a portfolio's scope.
     *
     * @param initiatives the initiatives, unmodifiable
     * @param readAt      when the read began: what changed in Jira after it may be missing
     */
    record Snapshot(List<Initiative> initiatives, Instant readAt) {
        public Snapshot {
            initiatives = List.copyOf(initiatives);
            Objects.requireNonNull(readAt, "readAt");
        }
    }

    /**
     * Which snapshot.
     *
     * @param portfolioId the portfolio
     * @param generation  its generation when the read began
     * @param viewerKey   the viewer's user key
     * @param scope       the portfolio's scope narrowed to what the viewer may browse
     */
    record Key(long portfolioId, long generation, String viewerKey, PortfolioScope scope) {
        public Key {
            Objects.requireNonNull(viewerKey, "viewerKey");
            Objects.requireNonNull(scope, "scope");
        }
    }
}
