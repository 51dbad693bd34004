/*
 * Stub of com.atlassian.cache.CacheSettings (interface, @PublicApi): the immutable settings CacheSettingsBuilder
 * builds. The getters answer null for a setting that was not given.
 * Checked against: the atlassian-cache javadoc
 *   (https://docs.atlassian.com/atlassian-cache/2.5.5/apidocs/com/atlassian/cache/CacheSettings.html):
 *   Long getExpireAfterWrite() ("how long to retain entries (in milliseconds) from when they were created"),
 *   Integer getMaxEntries(), Boolean getLocal().
 * The app never reads them; the sandbox's cache manager does.
 */
package com.atlassian.cache;

public interface CacheSettings {
    Long getExpireAfterWrite();

    Integer getMaxEntries();

    Boolean getLocal();
}
