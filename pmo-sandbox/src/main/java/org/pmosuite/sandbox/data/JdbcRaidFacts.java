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
        try (Connection connection = database.connection()) {
            BrowsePermission.Visible visible = BrowsePermission.visible(connection, actor.userKey(),
                    scope.projectKeys());
            if (visible.none()) {
                return List.of();
            }
            // Every column read is in the index of open RAID entries, so the count never reads an issue row.
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT COALESCE(i.probability, 0), COALESCE(i.impact, 0), "
                    + "COUNT(*) FROM issue i WHERE ").append(visible.condition(true, parameters));
            if (!types.isEmpty()) {
                sql.append(" AND i.raid_type IN (").append(BrowsePermission.placeholders(types.size())).append(')');
                types.stream().map(RaidType::name).forEach(parameters::add);
            }
            if (!scope.issueTypes().isEmpty()) {
                sql.append(" AND i.issue_type IN (").append(BrowsePermission.placeholders(
                        scope.issueTypes().size())).append(')');
                parameters.addAll(scope.issueTypes());
            }
            sql.append(" GROUP BY COALESCE(i.probability, 0), COALESCE(i.impact, 0)");
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
