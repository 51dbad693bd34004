/*
 * Stand-in for com.atlassian.cache.CacheSettingsBuilder (class, @PublicApi): builds CacheSettings.
 * Checked against: the atlassian-cache-api javadoc
 *   (https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/
 *   CacheSettingsBuilder.html): public CacheSettingsBuilder(); CacheSettings build(); CacheSettingsBuilder
 *   expireAfterWrite(long expireAfter, TimeUnit timeUnit); flushable(); local(); maxEntries(int maxEntries);
 *   remote(); replicateAsynchronously(); and its source (https://docs.atlassian.com/atlassian-cache-api/2.4.4/
 *   atlassian-cache-api/xref/com/atlassian/cache/CacheSettingsBuilder.html: expireAfterWrite keeps
 *   timeUnit.toMillis(expireAfter)); Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc:
 *   SlackResponseCache.java chains new CacheSettingsBuilder().remote().flushable().replicateAsynchronously()
 *   .replicateViaCopy().expireAfterWrite(..., TimeUnit.SECONDS) and calls build().
 * Like ModelVersion this stub has behaviour: the sandbox's cache manager reads the settings it builds. A class, not
 * an interface: a member missing from Jira's class would fail at runtime, so only these, all seen above, are here.
 */
package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

public class CacheSettingsBuilder {
    private Long expireAfterWrite;
    private Integer maxEntries;
    private Boolean local;

    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        Long expire = expireAfterWrite;
        Integer max = maxEntries;
        Boolean isLocal = local;
        return new CacheSettings() {
            @Override
            public Long getExpireAfterWrite() {
                return expire;
            }

            @Override
            public Integer getMaxEntries() {
                return max;
            }

            @Override
            public Boolean getLocal() {
                return isLocal;
            }
        };
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be greater than zero, passed: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        return this;
    }

    public CacheSettingsBuilder flushable() {
        return this;
    }

    public CacheSettingsBuilder local() {
        this.local = true;
        return this;
    }

    public CacheSettingsBuilder remote() {
        this.local = false;
        return this;
    }

    public CacheSettingsBuilder replicateAsynchronously() {
        return this;
    }

    public CacheSettingsBuilder replicateViaCopy() {
        return this;
    }
}
