package org.pmosuite.jira.portfolio;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import org.pmosuite.core.portfolio.InitiativeSnapshots;
import org.springframework.stereotype.Component;

/**
 * Viewers' snapshots of portfolio initiatives in Atlassian Cache, in two caches.
 *
 * <p><b>The snapshots</b> ({@value #SNAPSHOTS}) are local to each node: a snapshot of a large portfolio holds tens of
 * thousands of initiatives, too much to copy between nodes, and each node reads its own. Each expires
 * {@value #DEFAULT_TIME_TO_LIVE_SECONDS} seconds after it was read (system property {@value #TIME_TO_LIVE_PROPERTY}),
 * and a node keeps at most {@value #DEFAULT_MAX_SNAPSHOTS} (system property {@value #MAX_SNAPSHOTS_PROPERTY}), one
 * per viewer and portfolio in use: one of 84,145 initiatives held about 25 MB of heap in the sandbox
 * (docs/PERFORMANCE.md), so the default bounds them at about 300 MB for the largest portfolios.
 *
 * <p><b>The generations</b> ({@value #GENERATIONS}) are a small replicated cache, portfolio id to a random number
 * that is part of every snapshot's key. {@link #forget} removes a portfolio's number on every node; each node then
 * draws a new one, so no node finds a snapshot kept before. That is how the app's own writes (an inputs edit, an
 * accepted intake request) show on every node at once, while the snapshots themselves never leave their node.
 *
 * <p><b>What a user may see stale</b>, for at most the time to live: whatever the app does not write itself. An edit
 * in Jira's own issue screen, a workflow transition, a new or deleted issue, and a changed issue security level or
 * group membership show on the board after at most {@value #DEFAULT_TIME_TO_LIVE_SECONDS} seconds. A changed scope
 * and a project the viewer may no longer browse show at once, since the key holds the scope as narrowed to the
 * viewer's projects; moves and forcing are never in a snapshot. Listening to Jira's issue events instead was left out
 * on purpose: every update of any initiative of a scope would forget every viewer's snapshot of it, which on a busy
 * instance would read the whole scope again on nearly every request. The board says when its initiatives were read
 * and offers a refresh, which forgets the portfolio's snapshots as the app's own writes do.
 */
@Component
public class CachedInitiativeSnapshots implements InitiativeSnapshots {

    static final String SNAPSHOTS = "org.pmosuite.portfolio.initiative-snapshots";
    static final String GENERATIONS = "org.pmosuite.portfolio.initiative-snapshot-generations";
    static final String TIME_TO_LIVE_PROPERTY = "org.pmosuite.portfolio.snapshot.ttl.seconds";
    static final String MAX_SNAPSHOTS_PROPERTY = "org.pmosuite.portfolio.snapshot.max";
    static final long DEFAULT_TIME_TO_LIVE_SECONDS = 300;
    static final int DEFAULT_MAX_SNAPSHOTS = 12;

    private final Cache<Key, Snapshot> snapshots;
    private final Cache<Long, Long> generations;

    public CachedInitiativeSnapshots(CacheManager cacheManager) {
        long timeToLive = Math.max(1, Long.getLong(TIME_TO_LIVE_PROPERTY, DEFAULT_TIME_TO_LIVE_SECONDS));
        int maxSnapshots = Math.max(1, Integer.getInteger(MAX_SNAPSHOTS_PROPERTY, DEFAULT_MAX_SNAPSHOTS));
        this.snapshots = cacheManager.getCache(SNAPSHOTS, null, new CacheSettingsBuilder()
                .local()
                .expireAfterWrite(timeToLive, TimeUnit.SECONDS)
                .maxEntries(maxSnapshots)
                .flushable()
                .build());
        this.generations = cacheManager.getCache(GENERATIONS, null, new CacheSettingsBuilder()
                .remote()
                .replicateViaCopy()
                .replicateAsynchronously()
                .flushable()
                .build());
    }

    @Override
    public Snapshot find(Key key) {
        return snapshots.get(key);
    }

    @Override
    public void keep(Key key, Snapshot snapshot) {
        snapshots.put(key, snapshot);
    }

    @Override
    public long generation(long portfolioId) {
        Long current = generations.get(portfolioId);
        if (current != null) {
            return current;
        }
        long drawn = ThreadLocalRandom.current().nextLong();
        generations.putIfAbsent(portfolioId, drawn);
        // Read again: another request may have drawn first. When two nodes draw at once, the copy replicated from one
        // replaces the other's number, and that node reads its viewers' snapshots once more.
        Long stored = generations.get(portfolioId);
        return stored == null ? drawn : stored;
    }

    @Override
    public void forget(long portfolioId) {
        generations.remove(portfolioId);
        // This node's snapshots of the portfolio are found no more: let them go now rather than at expiry. Other
        // nodes' go when they expire or are evicted (they are never found either).
        for (Key key : snapshots.getKeys()) {
            if (key.portfolioId() == portfolioId) {
                snapshots.remove(key);
            }
        }
    }
}
