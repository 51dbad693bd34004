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
 */
package com.atlassian.cache;

public interface Cache<K, V> {
    /** The value, loaded by the cache's loader when it has one; null when absent and there is no loader. */
    V get(K key);

    void put(K key, V value);

    V putIfAbsent(K key, V value);

    void remove(K key);

    void removeAll();
}
