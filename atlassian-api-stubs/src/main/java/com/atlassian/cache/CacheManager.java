/*
 * Stub of com.atlassian.cache.CacheManager (interface), the host service Jira exports for Atlassian Cache.
 * Checked against: the atlassian-cache javadoc
 *   (https://docs.atlassian.com/atlassian-cache/2.11.0/apidocs/com/atlassian/cache/CacheManager.html and
 *   https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/CacheManager.html:
 *   "public interface CacheManager extends CacheFactory", the getCache methods inherited from CacheFactory); Jira 11
 *   use in atlassian-labs/atlassian-slack-integration-server at 94c50dc: jira-slack-server-integration-plugin's
 *   service/ComponentImports.java imports it with @ComponentImport (jira.version 11.0.0).
 * None of its own members (flushCaches, getManagedCaches, ...) is stubbed: the app uses only getCache.
 * unverified: the package's OSGi export version in Jira 11.3 (the manifest imports it without a version range).
 */
package com.atlassian.cache;

public interface CacheManager extends CacheFactory {
}
