/*
 * Stub of com.atlassian.cache.Cache<K, V> (interface, @PublicApi).
 * Checked against: the atlassian-cache javadoc
 *   (https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/Cache.html): V get(K key),
 *   "the object from the cache, or null if the object is not found"; void put(K key, V value); V putIfAbsent(K key,
 *   V value), "Atomically associates the specified key with the given value if it is not already associated with a
 *   value"; void remove(K key); void removeAll(); "null keys and values are NOT supported"; and Jira 11 use in
 *   atlassian-labs/atlassian-slack-integration-server at 94c50dc: storage/cache/AbstractCacheableEntityManager.java
 *   calls get, put, remove and removeAll on a Cache returned by CacheManager.getCache.
 * The app does not rely on what putIfAbsent returns (the javadoc above does not say); it reads the key again.
 * getKeys: `Collection<K> getKeys()`, "Gets the keys of all objects currently stored in the cache. This will return
 *   the keys in a new collection." (https://docs.atlassian.com/atlassian-cache/2.0.7/apidocs/com/atlassian/cache/
 *   Cache.html, and the interface's source in the 2.0.8 xref); unverified in a Jira 11 app (none found using it).
 *   The app reads only the keys of a local cache with it.
 */
package com.atlassian.cache;

import java.util.Collection;

public interface Cache<K, V> {
    /** The keys of everything stored now, in a new collection. */
    Collection<K> getKeys();

    /** The value, loaded by the cache's loader when it has one; null when absent and there is no loader. */
    V get(K key);

    void put(K key, V value);

    V putIfAbsent(K key, V value);

    void remove(K key);

    void removeAll();
}
