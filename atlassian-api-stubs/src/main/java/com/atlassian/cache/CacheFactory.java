/*
 * Stub of com.atlassian.cache.CacheFactory (interface, @PublicApi), the super-interface of CacheManager that declares
 * getCache.
 * Checked against: the atlassian-cache javadoc, "Uses of Interface com.atlassian.cache.CacheSettings"
 *   (https://docs.atlassian.com/atlassian-cache/2.1.0/apidocs/com/atlassian/cache/class-use/CacheSettings.html):
 *   <K,V> Cache<K,V> CacheFactory.getCache(String name, CacheLoader<K,V> loader, CacheSettings required), "Returns
 *   the cache with the given name, loader and required cache settings, creates it if necessary"; and Jira 11 use in
 *   atlassian-labs/atlassian-slack-integration-server at 94c50dc (jira.version 11.0.0, platform.version 8.0.0):
 *   SlackResponseCache.java calls cacheManager.getCache(name, null, settings) (a null loader: no loading) and
 *   AbstractCacheableEntityManager.java calls getCache(name, loader, new CacheSettingsBuilder()...build()).
 * Only this overload is stubbed; the other getCache and getCachedReference overloads are not used.
 */
package com.atlassian.cache;

public interface CacheFactory {
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
