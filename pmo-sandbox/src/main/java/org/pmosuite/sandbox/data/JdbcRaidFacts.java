package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.raid.RaidFacts;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.RaidCellCount;
import org.pmosuite.core.raid.RaidType;

/**
 * {@link RaidFacts} answered by H2 with {@code GROUP BY}: no issue is ever loaded into Java. Besides the scope,
 * every query is restricted to projects the actor may browse, as defence in depth, and to issues whose security level
 * (if any) the actor is granted, as Jira's searches are. Open RAID entries are found
 * through {@code issue.open_raid_project} (the project of an open RAID entry, else NULL) and its index.
 */
public final class JdbcRaidFacts implements RaidFacts {

    private final SandboxDatabase database;

    public JdbcRaidFacts(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    public List<RaidCellCount> openEntriesByRating(Actor actor, IssueScope scope, Set<RaidType> types) {
        StringBuilder sql = new StringBuilder("""
                SELECT COALESCE(i.probability, 0), COALESCE(i.impact, 0), COUNT(*)
                FROM project p JOIN issue i ON i.open_raid_project = p.id
                WHERE p.pkey = ANY(?)""");
        if (!types.isEmpty()) {
            sql.append(" AND i.raid_type = ANY(?)");
        }
        if (!scope.issueTypes().isEmpty()) {
            sql.append(" AND i.issue_type = ANY(?)");
        }
        sql.append(" AND ").append(BrowsePermission.CAN_SEE_ISSUE)
                .append(" GROUP BY COALESCE(i.probability, 0), COALESCE(i.impact, 0)");
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            statement.setArray(index++, connection.createArrayOf("VARCHAR", scope.projectKeys().toArray()));
            if (!types.isEmpty()) {
                statement.setArray(index++, connection.createArrayOf("VARCHAR",
                        types.stream().map(RaidType::name).toArray()));
            }
            if (!scope.issueTypes().isEmpty()) {
                statement.setArray(index++, connection.createArrayOf("VARCHAR", scope.issueTypes().toArray()));
            }
            BrowsePermission.bindUser(statement, index, actor.userKey(), BrowsePermission.CAN_SEE_ISSUE_KEYS);
            List<RaidCellCount> counts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.add(new RaidCellCount(rows.getInt(1), rows.getInt(2), rows.getLong(3)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count open RAID entries for " + actor.userKey(), e);
        }
    }
}
