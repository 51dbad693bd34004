package org.pmosuite.jira.raid;

import java.time.Instant;
import java.util.Optional;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidEntries;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidEntryChange;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.springframework.stereotype.Component;

/**
 * RAID entries in Jira, until the app creates its RAID fields: writing one goes through Jira's issue service into
 * fields this version does not create yet, so every call answers 409 naming them, like {@link JiraRaidLog}. The
 * sandbox's adapter writes for real.
 */
@Component
public class JiraRaidEntries implements RaidEntries {

    @Override
    public RaidEntry create(Actor actor, ProjectRef project, RaidEntryChange change) {
        throw new RaidFieldsNotConfiguredException(JiraRaidLog.fields());
    }

    @Override
    public RaidEntry update(Actor actor, String issueKey, RaidEntryChange change, Instant expectedUpdated) {
        throw new RaidFieldsNotConfiguredException(JiraRaidLog.fields());
    }

    @Override
    public Optional<RaidEntry> find(Actor actor, String issueKey) {
        throw new RaidFieldsNotConfiguredException(JiraRaidLog.fields());
    }
}
