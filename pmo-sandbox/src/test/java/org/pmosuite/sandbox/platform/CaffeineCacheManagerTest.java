package org.pmosuite.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettingsBuilder;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.portfolio.InitiativeSnapshots;
import org.pmosuite.core.portfolio.InitiativeSnapshotsContract;
import org.pmosuite.jira.portfolio.CachedInitiativeSnapshots;

/** The sandbox's Atlassian Cache honours what the app asks of it, and the plugin's snapshots mean the same on it. */
class CaffeineCacheManagerTest extends InitiativeSnapshotsContract {

    @Override
    protected InitiativeSnapshots emptySnapshots() {
        return new CachedInitiativeSnapshots(new CaffeineCacheManager());
    }

    @Test
    void theSameNameIsTheSameCache() {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        Cache<String, String> one = manager.getCache("a", null, new CacheSettingsBuilder().build());
        one.put("k", "v");

        assertThat(manager.<String, String>getCache("a", null, new CacheSettingsBuilder().local().build()).get("k"))
                .isEqualTo("v");
        assertThat(manager.<String, String>getCache("b", null, new CacheSettingsBuilder().build()).get("k")).isNull();
    }

    @Test
    void entriesExpireAfterWriteAndTheCountIsBounded() throws InterruptedException {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        Cache<Integer, String> expiring = manager.getCache("expiring", null,
                new CacheSettingsBuilder().expireAfterWrite(50, TimeUnit.MILLISECONDS).build());
        Cache<Integer, String> bounded = manager.getCache("bounded", null,
                new CacheSettingsBuilder().maxEntries(2).build());
        expiring.put(1, "one");
        for (int i = 0; i < 50; i++) {
            bounded.put(i, "v" + i);
        }
        Thread.sleep(120);

        assertThat(expiring.get(1)).isNull();
        int kept = 0;
        for (int i = 0; i < 50; i++) {
            kept += bounded.get(i) == null ? 0 : 1;
        }
        assertThat(kept).isLessThanOrEqualTo(2);
    }

    @Test
    void aLoaderLoadsAndRemovalsForget() {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        Cache<Integer, String> loaded = manager.getCache("loaded", key -> "v" + key, new CacheSettingsBuilder().build());

        assertThat(loaded.get(7)).isEqualTo("v7");
        assertThat(loaded.putIfAbsent(7, "other")).isEqualTo("v7");
        loaded.put(8, "eight");
        loaded.remove(8);
        assertThat(loaded.get(8)).isEqualTo("v8");
        loaded.put(9, "nine");
        loaded.removeAll();
        assertThat(loaded.get(9)).isEqualTo("v9");
    }
}
