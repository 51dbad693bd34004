package org.pmosuite.sandbox.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.core.raid.RaidFacts;
import org.pmosuite.core.raid.RaidFactsContract;

/** The sandbox's SQL keeps the RAID facts contract over the same entries the Jira adapter is held to. */
class JdbcRaidFactsContractTest extends RaidFactsContract {

    private static final Timestamp CREATED = Timestamp.valueOf(LocalDateTime.of(2026, 1, 5, 9, 0));

    @TempDir
    Path directory;
    private SandboxDatabase database;

    @Override
    protected RaidFacts adapterOver(List<Entry> entries) throws Exception {
        database = SandboxDatabase.open(directory);
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement user = connection.prepareStatement(
                    "INSERT INTO sandbox_user (user_key, display_name, email, licensed, is_admin, is_system_admin, "
                            + "browses_all) VALUES (?, ?, 'reader@example.com', TRUE, FALSE, FALSE, TRUE)")) {
                user.setString(1, READER.userKey());
                user.setString(2, READER.displayName());
                user.executeUpdate();
            }
            Map<String, Integer> projects = new LinkedHashMap<>();
            entries.forEach(entry -> projects.putIfAbsent(entry.projectKey(), projects.size() + 1));
            try (PreparedStatement project = connection.prepareStatement("INSERT INTO project VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, Integer> key : projects.entrySet()) {
                    project.setInt(1, key.getValue());
                    project.setString(2, key.getKey());
                    project.setString(3, key.getKey() + " project");
                    project.setString(4, READER.userKey());
                    project.executeUpdate();
                }
            }
            try (PreparedStatement issue = connection.prepareStatement(
                    "INSERT INTO issue (id, project_id, issue_num, issue_type, summary, status, status_category, "
                            + "raid_type, probability, impact, created, updated, resolved) "
                            + "VALUES (?, ?, ?, ?, 'Contract entry', 'Any', ?, ?, ?, ?, ?, ?, ?)")) {
                int id = 0;
                for (Entry entry : entries) {
                    id++;
                    issue.setInt(1, id);
                    issue.setInt(2, projects.get(entry.projectKey()));
                    issue.setInt(3, id);
                    issue.setString(4, entry.issueType());
                    issue.setString(5, statusCategory(entry.statusCategory()));
                    issue.setString(6, entry.raidType() == null ? null : entry.raidType().name());
                    issue.setObject(7, entry.probability());
                    issue.setObject(8, entry.impact());
                    issue.setTimestamp(9, CREATED);
                    issue.setTimestamp(10, CREATED);
                    issue.setTimestamp(11, entry.resolved() ? CREATED : null);
                    issue.executeUpdate();
                }
            }
            connection.commit();
        }
        return new JdbcRaidFacts(database);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** The sandbox stores Jira's status category keys: new, indeterminate and done. */
    private static String statusCategory(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "new";
            case IN_PROGRESS -> "indeterminate";
            case DONE -> "done";
        };
    }
}
