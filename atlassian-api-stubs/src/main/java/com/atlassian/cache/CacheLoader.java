/*
 * Stub of com.atlassian.cache.CacheLoader<K, V> (interface, @PublicApi): loads the value of a missing key.
 * Checked against: Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc:
 *   mentions/storage/cache/SlackApiCacheLoader.java implements CacheLoader<K, Optional<E>> with
 *   "public Optional<E> load(@Nonnull final K key)", and DefaultConfigurationDao.java passes a lambda, so it has this
 *   one abstract method; the argument type of CacheFactory.getCache in the atlassian-cache javadoc
 *   (https://docs.atlassian.com/atlassian-cache/2.1.0/apidocs/com/atlassian/cache/class-use/CacheSettings.html).
 * The app passes no loader; the sandbox's cache manager calls one when given.
 */
package com.atlassian.cache;

public interface CacheLoader<K, V> {
    V load(K key);
}
