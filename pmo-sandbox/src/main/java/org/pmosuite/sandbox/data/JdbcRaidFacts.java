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
 * {@link RaidFacts} answered by H2 from {@code raid_open_cell}, the open RAID entries counted per project, security
 * level, type and cell, which {@link OpenRaidCellTrigger} keeps equal to the issues: no issue is read at all. Besides
 * the scope, every query is restricted to projects the actor may browse, as defence in depth, and to counts of issues
 * whose security level (if any) the actor is granted, as Jira's searches are.
 */
public final class JdbcRaidFacts implements RaidFacts {

    private final SandboxDatabase database;

    public JdbcRaidFacts(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    public List<RaidCellCount> openEntriesByRating(Actor actor, IssueScope scope, Set<RaidType> types) {
        try (Connection connection = database.connection()) {
            BrowsePermission.Visible visible = BrowsePermission.visible(connection, actor.userKey(),
                    scope.projectKeys());
            if (visible.none()) {
                return List.of();
            }
            // The counts kept per project, security level, type and cell: a few thousand rows, never the issues.
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT c.probability, c.impact, SUM(c.entries) "
                    + "FROM raid_open_cell c WHERE ").append(visible.cellCondition(parameters));
            if (!types.isEmpty()) {
                sql.append(" AND c.raid_type IN (").append(BrowsePermission.placeholders(types.size())).append(')');
                types.stream().map(RaidType::name).forEach(parameters::add);
            }
            if (!scope.issueTypes().isEmpty()) {
                sql.append(" AND c.issue_type IN (").append(BrowsePermission.placeholders(
                        scope.issueTypes().size())).append(')');
                parameters.addAll(scope.issueTypes());
            }
            sql.append(" GROUP BY c.probability, c.impact HAVING SUM(c.entries) > 0");
            return counts(connection, sql.toString(), parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count open RAID entries for " + actor.userKey(), e);
        }
    }

    private static List<RaidCellCount> counts(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            List<RaidCellCount> counts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.add(new RaidCellCount(rows.getInt(1), rows.getInt(2), rows.getLong(3)));
                }
            }
            return counts;
        }
    }
}
