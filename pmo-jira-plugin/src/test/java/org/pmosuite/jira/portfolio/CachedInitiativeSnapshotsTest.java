package org.pmosuite.jira.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.portfolio.InitiativeSnapshots;
import org.pmosuite.core.portfolio.InitiativeSnapshotsContract;

/**
 * The plugin's snapshots over Atlassian Cache mean what the port means, and ask Jira for a local cache of the
 * snapshots (with a time to live and a size) and a replicated one of the generations.
 */
class CachedInitiativeSnapshotsTest extends InitiativeSnapshotsContract {

    private final MapCacheManager cacheManager = new MapCacheManager();

    @Override
    protected InitiativeSnapshots emptySnapshots() {
        return new CachedInitiativeSnapshots(cacheManager);
    }

    @Test
    void snapshotsStayOnTheirNodeExpireAndAreBoundedWhileGenerationsAreReplicated() {
        new CachedInitiativeSnapshots(cacheManager);

        CacheSettings snapshots = cacheManager.settings.get(CachedInitiativeSnapshots.SNAPSHOTS);
        CacheSettings generations = cacheManager.settings.get(CachedInitiativeSnapshots.GENERATIONS);
        assertThat(snapshots.getLocal()).isTrue();
        assertThat(snapshots.getExpireAfterWrite())
                .isEqualTo(TimeUnit.SECONDS.toMillis(CachedInitiativeSnapshots.DEFAULT_TIME_TO_LIVE_SECONDS));
        assertThat(snapshots.getMaxEntries()).isEqualTo(CachedInitiativeSnapshots.DEFAULT_MAX_SNAPSHOTS);
        assertThat(generations.getLocal()).isFalse();
        assertThat(generations.getExpireAfterWrite()).isNull();
    }

    /** A map per cache name, as one node without expiry would hold them. */
    private static final class MapCacheManager implements CacheManager {
        private final Map<String, Cache<?, ?>> caches = new HashMap<>();
        private final Map<String, CacheSettings> settings = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
            settings.putIfAbsent(name, required);
            return (Cache<K, V>) caches.computeIfAbsent(name, n -> new MapCache<>());
        }
    }

    private static final class MapCache<K, V> implements Cache<K, V> {
        private final Map<K, V> entries = new ConcurrentHashMap<>();

        @Override
        public V get(K key) {
            return entries.get(key);
        }

        @Override
        public void put(K key, V value) {
            entries.put(key, value);
        }

        @Override
        public V putIfAbsent(K key, V value) {
            return entries.putIfAbsent(key, value);
        }

        @Override
        public void remove(K key) {
            entries.remove(key);
        }

        @Override
        public Collection<K> getKeys() {
            return List.copyOf(entries.keySet());
        }

        @Override
        public void removeAll() {
            entries.clear();
        }
    }
}
