package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.IntakeHost;
import org.pmosuite.core.portfolio.PortfolioForbiddenException;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * {@link IntakeHost} over H2: who may create issues, and an accepted request written as a new issue of the intake
 * project with its description and scoring inputs, as Jira's issue service would create it.
 *
 * <p>The sandbox keeps one grant for Jira's "Create Issues" and "Edit Issues" project permissions
 * ({@code project_edit_permission}): whoever may edit a project's issues may also create them, and browsing a
 * project alone (the viewer) grants neither. Issue numbers are taken under {@link SandboxDatabase#issueWrites()},
 * the lock every sandbox adapter that creates issues holds.
 */
public final class JdbcIntakeHost implements IntakeHost {

    /** The request field a refusal of the issue type is reported under. */
    static final String ISSUE_TYPE_FIELD = "issueType";

    private final SandboxDatabase database;
    private final Clock clock;

    public JdbcIntakeHost(SandboxDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean mayCreateIssues(Actor actor, String projectKey) {
        try (Connection connection = database.connection()) {
            return mayCreate(connection, actor, projectKey);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the create permission of " + actor.userKey(), e);
        }
    }

    @Override
    public String createInitiative(Actor actor, String projectKey, String issueType, String title,
            String description, ScoringInputs inputs) {
        synchronized (database.issueWrites()) {
            try (Connection connection = database.connection()) {
                connection.setAutoCommit(false);
                try {
                    String key = create(connection, actor, projectKey, issueType, title, description, inputs);
                    connection.commit();
                    return key;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create an initiative in " + projectKey, e);
            }
        }
    }

    private String create(Connection connection, Actor actor, String projectKey, String issueType, String title,
            String description, ScoringInputs inputs) throws SQLException {
        if (!mayCreate(connection, actor, projectKey)) {
            throw new PortfolioForbiddenException("pmo.portfolio.intake.error.forbidden.create");
        }
        List<FieldError> errors = new ArrayList<>(inputs.errors());
        String type = single(connection, "SELECT name FROM issue_type WHERE LOWER(name) = LOWER(?)", issueType);
        if (type == null) {
            errors.add(FieldError.of(ISSUE_TYPE_FIELD, "pmo.portfolio.error.scope.issue-type.unknown", issueType));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        long projectId = Long.parseLong(single(connection, "SELECT id FROM project WHERE pkey = ?", projectKey));
        long id = Long.parseLong(single(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM issue", null));
        long number = Long.parseLong(single(connection,
                "SELECT COALESCE(MAX(issue_num), 0) + 1 FROM issue WHERE project_id = ?", Long.toString(projectId)));
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issue (id, project_id, issue_num, "
                + "issue_type, summary, status, status_category, created, updated) "
                + "VALUES (?, ?, ?, ?, ?, 'To Do', 'new', ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, projectId);
            insert.setLong(3, number);
            insert.setString(4, type);
            insert.setString(5, title);
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO issue_description (issue_id, description) VALUES (?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, description);
            insert.executeUpdate();
        }
        List<String> columns = new ArrayList<>(List.of("issue_id"));
        List<Double> values = new ArrayList<>();
        for (ScoringInput input : ScoringInput.values()) {
            if (inputs.has(input)) {
                columns.add(JdbcInitiativeSource.column(input));
                values.add(inputs.get(input).getAsDouble());
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO initiative_field ("
                + String.join(", ", columns) + ") VALUES (?" + ", ?".repeat(values.size()) + ")")) {
            insert.setLong(1, id);
            for (int i = 0; i < values.size(); i++) {
                insert.setDouble(i + 2, values.get(i));
            }
            insert.executeUpdate();
        }
        return projectKey + "-" + number;
    }

    private static boolean mayCreate(Connection connection, Actor actor, String projectKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM project p WHERE p.pkey = ? AND "
                + BrowsePermission.CAN_EDIT)) {
            select.setString(1, projectKey);
            select.setString(2, actor.userKey());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String single(Connection connection, String sql, String argument) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (argument != null) {
                select.setString(1, argument);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
