package org.pmosuite.jira.raid;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidLog;
import org.pmosuite.core.raid.RaidLogGroup;
import org.pmosuite.core.raid.RaidLogPage;
import org.pmosuite.core.raid.RaidLogQuery;
import org.pmosuite.core.raid.RiskMatrix;
import org.springframework.stereotype.Component;

/**
 * The RAID log in Jira, until the app creates its RAID fields: a page, its filters and its order need a stored,
 * searchable risk score and the RAID fields by the keys the app gives them, which this version does not create yet.
 * Until then it answers as the heat map does when fields are missing: 409, naming what is needed, never an empty log
 * that would read as "no risks". The sandbox's adapter answers fully; both are held to {@code RaidLogContract} once
 * this one searches.
 */
@Component
public class JiraRaidLog implements RaidLog {

    /** The fields the log reads, as the setup action will create them. */
    static List<String> fields() {
        return List.of("RAID Type", "RAID Probability", "RAID Impact", "RAID Risk score", "RAID Owner",
                "RAID ROAM status", "RAID Response plan", "RAID Proximity", "RAID Review date", "RAID Validate by",
                "RAID Depends on", "RAID Need by");
    }

    @Override
    public RaidLogPage page(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today) {
        throw new RaidFieldsNotConfiguredException(fields());
    }

    @Override
    public void forEach(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today,
            Consumer<RaidEntry> sink) {
        throw new RaidFieldsNotConfiguredException(fields());
    }

    @Override
    public List<RaidLogGroup> groups(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix,
            LocalDate today) {
        throw new RaidFieldsNotConfiguredException(fields());
    }

    @Override
    public long countNeedingAttention(Actor actor, IssueScope scope, RiskMatrix matrix, LocalDate today) {
        throw new RaidFieldsNotConfiguredException(fields());
    }
}
