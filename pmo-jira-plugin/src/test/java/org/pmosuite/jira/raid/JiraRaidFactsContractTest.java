package org.pmosuite.jira.raid;

import java.util.List;

import org.pmosuite.core.raid.RaidFacts;
import org.pmosuite.core.raid.RaidFactsContract;

/** The Jira adapter keeps the RAID facts contract: its JQL, evaluated with Jira's meaning, counts what SQL counts. */
class JiraRaidFactsContractTest extends RaidFactsContract {

    @Override
    protected RaidFacts adapterOver(List<Entry> entries) {
        FakeJiraSearch jira = new FakeJiraSearch(READER.userKey(), entries);
        return new JiraRaidFacts(jira.searchService, jira.documentSearch, jira.customFields, jira.users);
    }
}
