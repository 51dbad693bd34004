package org.pmosuite.core.raid;

import java.util.List;
import java.util.Set;

class InMemoryRaidLogTest extends RaidLogContract {

    @Override
    protected RaidLog adapterOver(List<RaidEntry> entries, Set<String> hidden) {
        return new InMemoryRaidLog(entries, hidden);
    }
}
