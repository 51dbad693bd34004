package org.pmosuite.core.portfolio;

import java.util.HashMap;
import java.util.Map;

/**
 * A fake {@link InitiativeSnapshots} for domain tests: one node, nothing ever expires. It passes
 * {@link InitiativeSnapshotsContract}. Thread-safe.
 */
public final class InMemoryInitiativeSnapshots implements InitiativeSnapshots {

    private final Map<Key, Snapshot> kept = new HashMap<>();
    private final Map<Long, Long> generations = new HashMap<>();
    private long nextGeneration = 1;

    @Override
    public synchronized Snapshot find(Key key) {
        return kept.get(key);
    }

    @Override
    public synchronized void keep(Key key, Snapshot snapshot) {
        kept.put(key, snapshot);
    }

    @Override
    public synchronized long generation(long portfolioId) {
        return generations.computeIfAbsent(portfolioId, id -> nextGeneration++);
    }

    @Override
    public synchronized void forget(long portfolioId) {
        generations.remove(portfolioId);
        kept.keySet().removeIf(key -> key.portfolioId() == portfolioId);
    }

    /** How many snapshots are kept, reachable or not. */
    public synchronized int size() {
        return kept.size();
    }
}
