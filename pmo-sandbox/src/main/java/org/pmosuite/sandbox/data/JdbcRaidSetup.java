package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.setup.ProjectScreen;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.core.raid.setup.RaidSetupChange;
import org.pmosuite.core.raid.setup.RaidSetupHost;
import org.pmosuite.core.raid.setup.RaidSetupState;
import org.pmosuite.core.raid.setup.ScreenOperation;

/**
 * The sandbox's fields, issue types, schemes and screens, read and changed as the app's setup does it in Jira. A
 * field's type key is its {@link RaidCustomField} name. Each change first checks whether it is already in place, in
 * the same transaction, so that applying twice changes nothing.
 */
public final class JdbcRaidSetup implements RaidSetupHost {

    private final SandboxDatabase database;

    public JdbcRaidSetup(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    public RaidSetupState state(ProjectRef project) {
        try (Connection connection = database.connection()) {
            return state(connection, project);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the configuration of " + project.key(), e);
        }
    }

    @Override
    public synchronized void apply(Actor actor, ProjectRef project, RaidSetupChange change) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                apply(connection, project, change);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply " + change + " to " + project.key(), e);
        }
    }

    static RaidSetupState state(Connection connection, ProjectRef project) throws SQLException {
        Set<RaidCustomField> fields = EnumSet.noneOf(RaidCustomField.class);
        for (String typeKey : strings(connection, "SELECT DISTINCT type_key FROM custom_field", null)) {
            field(typeKey).ifPresent(fields::add);
        }
        Set<String> issueTypes = new HashSet<>(strings(connection, "SELECT name FROM issue_type", null));
        Set<String> projectTypes = new HashSet<>(strings(connection, "SELECT t.name FROM project_configuration c "
                + "JOIN issue_type_scheme_entry e ON e.scheme_id = c.issue_type_scheme_id "
                + "JOIN issue_type t ON t.id = e.issue_type_id WHERE c.project_id = ?", project.id()));
        String scheme;
        try (PreparedStatement select = connection.prepareStatement("SELECT s.name FROM project_configuration c "
                + "JOIN issue_type_scheme s ON s.id = c.issue_type_scheme_id WHERE c.project_id = ?")) {
            select.setLong(1, project.id());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("Project " + project.key() + " has no configuration");
                }
                scheme = rows.getString(1);
            }
        }
        Set<Long> schemeProjects = ids(connection, "SELECT o.project_id FROM project_configuration c "
                + "JOIN project_configuration o ON o.issue_type_scheme_id = c.issue_type_scheme_id "
                + "WHERE c.project_id = ?", project.id());
        return new RaidSetupState(fields, issueTypes, projectTypes, scheme, schemeProjects,
                screens(connection, project));
    }

    private static List<ProjectScreen> screens(Connection connection, ProjectRef project) throws SQLException {
        Map<Long, Set<ScreenOperation>> operations = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT create_screen_id, edit_screen_id, "
                + "view_screen_id FROM project_configuration WHERE project_id = ?")) {
            select.setLong(1, project.id());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                operations.computeIfAbsent(rows.getLong(1), id -> EnumSet.noneOf(ScreenOperation.class))
                        .add(ScreenOperation.CREATE);
                operations.computeIfAbsent(rows.getLong(2), id -> EnumSet.noneOf(ScreenOperation.class))
                        .add(ScreenOperation.EDIT);
                operations.computeIfAbsent(rows.getLong(3), id -> EnumSet.noneOf(ScreenOperation.class))
                        .add(ScreenOperation.VIEW);
            }
        }
        List<ProjectScreen> screens = new ArrayList<>();
        for (Map.Entry<Long, Set<ScreenOperation>> screen : operations.entrySet()) {
            long id = screen.getKey();
            Set<RaidCustomField> fields = EnumSet.noneOf(RaidCustomField.class);
            for (String typeKey : strings(connection, "SELECT f.type_key FROM screen_field s JOIN custom_field f "
                    + "ON f.id = s.field_id WHERE s.screen_id = ?", id)) {
                field(typeKey).ifPresent(fields::add);
            }
            String name = strings(connection, "SELECT name FROM screen WHERE id = ?", id).get(0);
            screens.add(new ProjectScreen(Long.toString(id), name, screen.getValue(), fields, ids(connection,
                    "SELECT project_id FROM project_configuration WHERE ? IN (create_screen_id, edit_screen_id, "
                            + "view_screen_id)", id)));
        }
        return screens;
    }

    static void apply(Connection connection, ProjectRef project, RaidSetupChange change) throws SQLException {
        if (change instanceof RaidSetupChange.CreateField create) {
            if (fieldId(connection, create.field()).isEmpty()) {
                update(connection, "INSERT INTO custom_field (type_key, name) VALUES (?, ?)",
                        create.field().name(), create.field().defaultName());
            }
        } else if (change instanceof RaidSetupChange.CreateIssueType create) {
            update(connection, "MERGE INTO issue_type (name) KEY (name) VALUES (?)", create.issueType());
        } else if (change instanceof RaidSetupChange.AddIssueType add) {
            int added = update(connection, "INSERT INTO issue_type_scheme_entry (scheme_id, issue_type_id) "
                    + "SELECT c.issue_type_scheme_id, t.id FROM project_configuration c, issue_type t "
                    + "WHERE c.project_id = ? AND t.name = ? AND NOT EXISTS (SELECT 1 FROM issue_type_scheme_entry e "
                    + "WHERE e.scheme_id = c.issue_type_scheme_id AND e.issue_type_id = t.id)",
                    project.id(), add.issueType());
            if (added == 0 && !strings(connection, "SELECT name FROM issue_type", null).contains(add.issueType())) {
                throw new IllegalStateException("There is no issue type " + add.issueType());
            }
        } else if (change instanceof RaidSetupChange.AddFieldToScreen add) {
            long field = fieldId(connection, add.field())
                    .orElseThrow(() -> new IllegalStateException("There is no field " + add.field()));
            long screen = Long.parseLong(add.screenId());
            update(connection, "INSERT INTO screen_field (screen_id, field_id, position) SELECT ?, ?, "
                    + "COALESCE(MAX(position), -1) + 1 FROM screen_field WHERE screen_id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM screen_field WHERE screen_id = ? AND field_id = ?)",
                    screen, field, screen, screen, field);
        }
    }

    /** The oldest field of this type: the one setup created first, as Jira's adapter picks it. */
    static Optional<Long> fieldId(Connection connection, RaidCustomField field) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MIN(id) FROM custom_field WHERE type_key = ?")) {
            select.setString(1, field.name());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long id = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(id);
            }
        }
    }

    private static Optional<RaidCustomField> field(String typeKey) {
        for (RaidCustomField field : RaidCustomField.values()) {
            if (field.name().equals(typeKey)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static Set<Long> ids(Connection connection, String sql, long argument) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, argument);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<String> strings(Connection connection, String sql, Long argument) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (argument != null) {
                select.setLong(1, argument);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** Runs one parameterised write; how many rows it changed. */
    static int update(Connection connection, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement.executeUpdate();
        }
    }
}
