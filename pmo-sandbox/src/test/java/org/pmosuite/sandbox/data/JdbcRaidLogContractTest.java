package org.pmosuite.sandbox.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidLog;
import org.pmosuite.core.raid.RaidLogContract;

/**
 * The sandbox's SQL keeps the RAID log contract: the same entries, filters, bands, needs-attention rules, order and
 * pages as the reference, over H2 with the sandbox's own visibility rules (a project the reader may not browse, an
 * issue security level the reader is not granted).
 */
class JdbcRaidLogContractTest extends RaidLogContract {

    @TempDir
    Path directory;
    private SandboxDatabase database;
    private final Map<String, Long> projectIds = new LinkedHashMap<>();
    private long nextIssueId = 1;

    @Override
    protected RaidLog adapterOver(List<RaidEntry> entries, Set<String> hidden) throws Exception {
        database = SandboxDatabase.open(directory);
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            user(connection, READER.userKey(), READER.displayName());
            entries.stream().filter(entry -> entry.ownerKey() != null).map(entry -> List.of(entry.ownerKey(),
                    entry.ownerName())).distinct().forEach(owner -> user(connection, owner.get(0), owner.get(1)));
            entries.forEach(entry -> project(connection, entry.projectKey(), true));
            project(connection, "PLAT", true);
            project(connection, "SECRET", false);
            long level = securityLevel(connection);
            issue(connection, "PLAT-1", "In Progress", "indeterminate", null);
            issue(connection, "PLAT-2", "Done", "done", null);
            issue(connection, "SECRET-1", "Done", "done", null);
            for (RaidEntry entry : entries) {
                long id = issue(connection, entry.issueKey(), entry.status(), entry.open() ? "indeterminate" : "done",
                        hidden.contains(entry.issueKey()) ? level : null);
                raidFields(connection, id, entry);
            }
            connection.commit();
        }
        return new JdbcRaidLog(database);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private static void user(Connection connection, String key, String name) {
        try (PreparedStatement user = connection.prepareStatement("INSERT INTO sandbox_user (user_key, display_name, "
                + "email, licensed, is_admin, is_system_admin, browses_all) VALUES (?, ?, ?, TRUE, FALSE, FALSE, "
                + "FALSE)")) {
            user.setString(1, key);
            user.setString(2, name);
            user.setString(3, key + "@example.com");
            user.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A project, and the reader's browse grant when {@code browsable}. */
    private void project(Connection connection, String key, boolean browsable) {
        if (projectIds.containsKey(key)) {
            return;
        }
        long id = projectIds.size() + 1L;
        projectIds.put(key, id);
        try (PreparedStatement project = connection.prepareStatement("INSERT INTO project VALUES (?, ?, ?, ?)");
             PreparedStatement grant = connection.prepareStatement("INSERT INTO project_permission VALUES (?, ?)")) {
            project.setLong(1, id);
            project.setString(2, key);
            project.setString(3, key + " project");
            project.setString(4, READER.userKey());
            project.executeUpdate();
            if (browsable) {
                grant.setString(1, READER.userKey());
                grant.setLong(2, id);
                grant.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A level in OPS that nobody, so not the reader, is granted. */
    private long securityLevel(Connection connection) throws SQLException {
        try (PreparedStatement level = connection.prepareStatement(
                "INSERT INTO issue_security_level VALUES (1, ?, 'Steering group only')")) {
            level.setLong(1, projectIds.get("OPS"));
            level.executeUpdate();
        }
        return 1;
    }

    private long issue(Connection connection, String key, String status, String category, Long securityLevel)
            throws SQLException {
        long id = nextIssueId++;
        String project = key.substring(0, key.lastIndexOf('-'));
        Timestamp created = Timestamp.valueOf("2025-01-01 09:00:00");
        try (PreparedStatement issue = connection.prepareStatement("INSERT INTO issue (id, project_id, issue_num, "
                + "issue_type, summary, status, status_category, created, updated, resolved, security_level_id) "
                + "VALUES (?, ?, ?, 'Task', ?, ?, ?, ?, ?, ?, ?)")) {
            issue.setLong(1, id);
            issue.setLong(2, projectIds.get(project));
            issue.setInt(3, Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)));
            issue.setString(4, "Work " + key);
            issue.setString(5, status);
            issue.setString(6, category);
            issue.setTimestamp(7, created);
            issue.setTimestamp(8, created);
            issue.setTimestamp(9, category.equals("done") ? created : null);
            issue.setObject(10, securityLevel);
            issue.executeUpdate();
        }
        return id;
    }

    private void raidFields(Connection connection, long id, RaidEntry entry) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE issue SET summary = ?, raid_type = ?, "
                + "probability = ?, impact = ?, owner_user_key = ?, roam_status = ?, response_plan = ?, "
                + "proximity_date = ?, review_date = ?, validate_by = ?, need_by = ?, updated = ?, "
                + "depends_on_issue_id = (SELECT d.id FROM issue d JOIN project dp ON dp.id = d.project_id "
                + "WHERE dp.pkey || '-' || d.issue_num = ?) WHERE id = ?")) {
            update.setString(1, entry.summary());
            update.setString(2, entry.type().name());
            update.setObject(3, entry.probability());
            update.setObject(4, entry.impact());
            update.setString(5, entry.ownerKey());
            update.setString(6, entry.roam() == null ? null : entry.roam().name());
            update.setString(7, entry.responsePlan());
            update.setObject(8, entry.proximity());
            update.setObject(9, entry.reviewDate());
            update.setObject(10, entry.validateBy());
            update.setObject(11, entry.needBy());
            update.setTimestamp(12, Timestamp.from(entry.updated()));
            update.setString(13, entry.dependsOnIssueKey());
            update.setLong(14, id);
            update.executeUpdate();
        }
    }
}
