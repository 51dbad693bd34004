package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.activeobjects.ActiveObjectsHost;
import org.pmosuite.jira.platform.ao.AppActiveObjects;

/** The recorded RAID owners on the real Active Objects library, installed with the descriptor's upgrade tasks. */
class JiraRaidOwnersTest {

    private final ActiveObjectsHost host = AppActiveObjects.installedInMemory();
    private final JiraRaidOwners owners = new JiraRaidOwners(host.activeObjects());

    @AfterEach
    void closeDatabase() {
        host.close();
    }

    @Test
    void eachOwnerIsRecordedOnceAndListedInKeyOrder() {
        owners.seen("zoe-key");
        owners.seen("dana-key");
        owners.seen("zoe-key");
        owners.seen(null);
        owners.seen(" ");

        assertThat(owners.candidates()).containsExactly("dana-key", "zoe-key");
    }
}
