package org.pmosuite.sandbox.platform;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The sandbox's Atlassian Cache: one node, each cache a Caffeine cache with the settings' expire-after-write and
 * maximum entry count (the other settings, such as replication, mean nothing on one node). As in Jira, asking twice
 * for a name answers the same cache, made with the settings of the first request.
 */
public final class CaffeineCacheManager implements CacheManager {

    private final Map<String, Cache<?, ?>> caches = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new CaffeineCache<>(loader, required));
    }

    private static final class CaffeineCache<K, V> implements Cache<K, V> {
        private final com.github.benmanes.caffeine.cache.Cache<K, V> cache;
        private final CacheLoader<K, V> loader;

        CaffeineCache(CacheLoader<K, V> loader, CacheSettings settings) {
            Caffeine<Object, Object> builder = Caffeine.newBuilder().executor(Runnable::run);
            if (settings.getExpireAfterWrite() != null) {
                builder.expireAfterWrite(Duration.ofMillis(settings.getExpireAfterWrite()));
            }
            if (settings.getMaxEntries() != null) {
                builder.maximumSize(settings.getMaxEntries());
            }
            this.cache = builder.build();
            this.loader = loader;
        }

        @Override
        public V get(K key) {
            return loader == null ? cache.getIfPresent(key) : cache.get(key, loader::load);
        }

        @Override
        public void put(K key, V value) {
            cache.put(key, value);
        }

        @Override
        public V putIfAbsent(K key, V value) {
            return cache.asMap().putIfAbsent(key, value);
        }

        @Override
        public void remove(K key) {
            cache.invalidate(key);
        }

        @Override
        public Collection<K> getKeys() {
            return List.copyOf(cache.asMap().keySet());
        }

        @Override
        public void removeAll() {
            cache.invalidateAll();
        }
    }
}
