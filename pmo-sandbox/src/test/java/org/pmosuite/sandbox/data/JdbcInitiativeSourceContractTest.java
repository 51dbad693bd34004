package org.pmosuite.sandbox.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.InitiativeSource;
import org.pmosuite.core.portfolio.InitiativeSourceContract;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/**
 * The sandbox's SQL keeps the initiative source contract, over H2 with the sandbox's own permission scheme: a
 * project the reader does not browse, one they browse without "Edit Issues", and an issue security level they are
 * not granted.
 */
class JdbcInitiativeSourceContractTest extends InitiativeSourceContract {

    private static final Timestamp CREATED = Timestamp.valueOf("2025-01-01 09:00:00");

    @TempDir
    Path directory;
    private SandboxDatabase database;

    @Override
    protected InitiativeSource adapterOver(Fixture fixture) throws Exception {
        database = SandboxDatabase.open(directory);
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            user(connection, READER.userKey(), READER.displayName());
            for (Map.Entry<String, String> owner : owners(fixture).entrySet()) {
                user(connection, owner.getKey(), owner.getValue());
            }
            for (ProjectRef project : projects(fixture)) {
                update(connection, "INSERT INTO project VALUES (?, ?, ?, ?)", project.id(), project.key(),
                        project.name(), READER.userKey());
                if (!fixture.unbrowsableProjects().contains(project.key())) {
                    update(connection, "INSERT INTO project_permission VALUES (?, ?)", READER.userKey(), project.id());
                    if (!fixture.readOnlyProjects().contains(project.key())) {
                        update(connection, "INSERT INTO project_edit_permission VALUES (?, ?)", READER.userKey(),
                                project.id());
                    }
                }
            }
            for (String type : fixture.issueTypes()) {
                update(connection, "INSERT INTO issue_type (name) VALUES (?)", type);
            }
            long level = 0;
            for (StoredIssue issue : fixture.issues()) {
                Initiative initiative = issue.initiative();
                Long security = null;
                if (fixture.hiddenIssueKeys().contains(initiative.issueKey())) {
                    // A level of the issue's project that nobody, so not the reader, is granted.
                    security = ++level;
                    update(connection, "INSERT INTO issue_security_level VALUES (?, ?, 'Board only')", security,
                            initiative.project().id());
                }
                String key = initiative.issueKey();
                update(connection, "INSERT INTO issue (id, project_id, issue_num, issue_type, summary, status, "
                        + "status_category, created, updated, security_level_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        initiative.issueId(), initiative.project().id(),
                        Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)), issue.issueType(),
                        initiative.title(), initiative.status(), initiative.statusCategory(), CREATED, CREATED,
                        security);
                fields(connection, initiative);
            }
            connection.commit();
        }
        return new JdbcInitiativeSource(database, Clock.fixed(Instant.parse("2025-03-10T10:00:00Z"),
                ZoneOffset.UTC));
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** The issue's row of portfolio fields, when it carries any. */
    private static void fields(Connection connection, Initiative initiative) throws SQLException {
        if (initiative.inputs().asMap().isEmpty() && initiative.theme() == null && initiative.ownerKey() == null
                && initiative.estimates().storyPoints() == null && initiative.estimates().personDays() == null
                && initiative.estimates().budget() == null) {
            return;
        }
        List<String> columns = new ArrayList<>(List.of("issue_id", "theme", "assignee_user_key", "story_points",
                "person_days", "budget"));
        List<Object> values = new ArrayList<>(List.of(initiative.issueId()));
        values.add(initiative.theme());
        values.add(initiative.ownerKey());
        values.add(initiative.estimates().storyPoints());
        values.add(initiative.estimates().personDays());
        values.add(initiative.estimates().budget());
        for (Map.Entry<ScoringInput, Double> input : initiative.inputs().asMap().entrySet()) {
            columns.add(JdbcInitiativeSource.column(input.getKey()));
            values.add(input.getValue());
        }
        update(connection, "INSERT INTO initiative_field (" + String.join(", ", columns) + ") VALUES ("
                + BrowsePermission.placeholders(columns.size()) + ")", values.toArray());
    }

    private static void user(Connection connection, String key, String name) throws SQLException {
        update(connection, "INSERT INTO sandbox_user (user_key, display_name, email, licensed, is_admin, "
                + "is_system_admin, browses_all) VALUES (?, ?, ?, TRUE, FALSE, FALSE, FALSE)", key, name,
                key + "@example.com");
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
