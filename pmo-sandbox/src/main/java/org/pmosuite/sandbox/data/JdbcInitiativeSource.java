package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.IssueKeys;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.Estimates;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.InitiativeNotEditableException;
import org.pmosuite.core.portfolio.InitiativeNotFoundException;
import org.pmosuite.core.portfolio.InitiativeSource;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * {@link InitiativeSource} answered by H2 from the {@code issue} table and {@code initiative_field}, with the same
 * visibility as the RAID adapters ({@link BrowsePermission}: the project browsed, the issue's security level
 * granted) in every query.
 *
 * <p>A page is keyset paged: per issue type of the scope, the ids of the issues after the given id in id order,
 * read from the index {@code issue_portfolio} alone (it holds the project, security level and status that decide
 * whether an issue belongs on the page) and no further than the page; then the types' ids merged by id and only
 * those issues' rows read. So a page costs the same wherever in the portfolio it starts, and a portfolio of 100,000
 * initiatives is read in 100 such pages. Only the columns an {@link Initiative} holds are read.
 *
 * <p>{@link #checkScope}: an issue type is known when the sandbox's {@code issue_type} table names it, whatever the
 * case (Jira's list of issue types, to which RAID setup adds its own); issues are not searched for types, so a type
 * the table does not name is unknown even if some issue row carried it. The JQL filter is {@link ScopeJql}'s small
 * subset; anything else is an error saying so.
 *
 * <p>Editing takes Jira's "Edit Issues" ({@link BrowsePermission#CAN_EDIT}): the viewer, who browses every project,
 * edits none; a project's lead and team edit its issues.
 */
public final class JdbcInitiativeSource implements InitiativeSource {

    /** The request fields of {@link #checkScope}'s errors. */
    public static final String ISSUE_TYPES_FIELD = "scope.issueTypes";
    public static final String JQL_FIELD = "scope.jql";
    /** {0}: the unknown issue types, comma-separated. */
    public static final String ISSUE_TYPE_UNKNOWN = "pmo.portfolio.scope.error.issue-type";
    /** {0}: the part of the filter from where the sandbox's JQL subset stopped. */
    public static final String JQL_UNSUPPORTED = "pmo.portfolio.scope.error.jql";

    /**
     * Only what an {@link Initiative} holds: the inputs from the twelfth column on, in {@link ScoringInput} order
     * (each as {@link #column} names it), then the estimates.
     */
    private static final String COLUMNS = "SELECT i.id, p.id, p.pkey, p.name, i.issue_num, i.summary, i.status, "
            + "i.status_category, f.theme, f.assignee_user_key, u.display_name, f.business_value, "
            + "f.time_criticality, f.risk_reduction, f.job_size, f.reach, f.impact, f.confidence, f.effort, f.ease, "
            + "f.moscow, f.cost_of_delay, f.duration_weeks, f.story_points, f.person_days, f.budget";
    private static final String JOINS = " JOIN project p ON p.id = i.project_id "
            + "LEFT JOIN initiative_field f ON f.issue_id = i.id "
            + "LEFT JOIN sandbox_user u ON u.user_key = f.assignee_user_key";
    private static final int FIRST_INPUT = 12;

    private final SandboxDatabase database;
    private final Clock clock;

    public JdbcInitiativeSource(SandboxDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The column of {@code initiative_field} that holds the input. */
    static String column(ScoringInput input) {
        return switch (input) {
            case BUSINESS_VALUE -> "business_value";
            case TIME_CRITICALITY -> "time_criticality";
            case RISK_REDUCTION -> "risk_reduction";
            case JOB_SIZE -> "job_size";
            case REACH -> "reach";
            case IMPACT -> "impact";
            case CONFIDENCE -> "confidence";
            case EFFORT -> "effort";
            case EASE -> "ease";
            case MOSCOW -> "moscow";
            case COST_OF_DELAY -> "cost_of_delay";
            case DURATION -> "duration_weeks";
        };
    }

    @Override
    public List<Initiative> page(Actor actor, PortfolioScope scope, long afterIssueId, int max) {
        if (max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " initiatives, not " + max);
        }
        try (Connection connection = database.connection()) {
            Resolved resolved = resolve(connection, scope);
            BrowsePermission.Visible visible = BrowsePermission.visible(connection, actor.userKey(),
                    scope.projectKeys());
            if (visible.none()) {
                return List.of();
            }
            List<Object> parameters = new ArrayList<>();
            StringBuilder ids = new StringBuilder();
            for (String type : resolved.issueTypes()) {
                if (!ids.isEmpty()) {
                    ids.append(" UNION ALL ");
                }
                ids.append("(SELECT i.id FROM issue i")
                        .append(resolved.readsFields() ? " LEFT JOIN initiative_field f ON f.issue_id = i.id" : "")
                        .append(" WHERE i.issue_type = ? AND i.id > ? AND ");
                parameters.add(type);
                parameters.add(afterIssueId);
                ids.append(visible.condition(false, parameters)).append(resolved.condition(parameters))
                        // Sorted as the index is, so that H2 reads it in order and stops after the page.
                        .append(" ORDER BY i.issue_type, i.id FETCH FIRST ? ROWS ONLY)");
                parameters.add(max);
            }
            String sql = COLUMNS + " FROM (" + ids + ") page JOIN issue i ON i.id = page.id" + JOINS
                    + " ORDER BY i.id FETCH FIRST ? ROWS ONLY";
            parameters.add(max);
            return read(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the initiatives of a portfolio for " + actor.userKey(),
                    e);
        }
    }

    @Override
    public Optional<Initiative> find(Actor actor, PortfolioScope scope, String issueKey) {
        try (Connection connection = database.connection()) {
            return find(connection, actor, scope, issueKey);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read initiative " + issueKey + " for " + actor.userKey(), e);
        }
    }

    private Optional<Initiative> find(Connection connection, Actor actor, PortfolioScope scope, String issueKey)
            throws SQLException {
        Resolved resolved = resolve(connection, scope);
        String key = IssueKeys.normalised(issueKey);
        if (!IssueKeys.isWellFormed(key) || key.length() - key.lastIndexOf('-') > 10) {
            return Optional.empty();
        }
        int dash = key.lastIndexOf('-');
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS).append(" FROM issue i").append(JOINS)
                .append(" WHERE i.project_id = (SELECT id FROM project WHERE pkey = ?) AND i.issue_num = ? AND p.pkey IN (")
                .append(BrowsePermission.placeholders(scope.projectKeys().size())).append(") AND i.issue_type IN (")
                .append(BrowsePermission.placeholders(resolved.issueTypes().size())).append(") AND ")
                .append(BrowsePermission.CAN_SEE_ISSUE);
        parameters.add(key.substring(0, dash));
        parameters.add(Integer.parseInt(key.substring(dash + 1)));
        parameters.addAll(scope.projectKeys());
        parameters.addAll(resolved.issueTypes());
        for (int i = 0; i < BrowsePermission.CAN_SEE_ISSUE_KEYS; i++) {
            parameters.add(actor.userKey());
        }
        sql.append(resolved.condition(parameters));
        List<Initiative> found = read(connection, sql.toString(), parameters);
        return found.stream().findFirst();
    }

    @Override
    public List<FieldError> checkScope(Actor actor, PortfolioScope scope) {
        try (Connection connection = database.connection()) {
            return check(connection, scope).errors();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check a portfolio scope for " + actor.userKey(), e);
        }
    }

    @Override
    public Initiative updateInputs(Actor actor, PortfolioScope scope, String issueKey, ScoringInputs values,
            Set<ScoringInput> cleared) {
        for (ScoringInput input : cleared) {
            if (values.has(input)) {
                throw new IllegalArgumentException(input.fieldName() + " is both given a value and cleared");
            }
        }
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                Initiative current = find(connection, actor, scope, issueKey)
                        .orElseThrow(() -> new InitiativeNotFoundException(issueKey));
                if (!mayEdit(connection, actor, current.project())) {
                    throw new InitiativeNotEditableException(current.issueKey());
                }
                List<FieldError> errors = values.errors();
                if (!errors.isEmpty()) {
                    throw new InvalidRequestException(errors);
                }
                if (values.asMap().isEmpty() && cleared.isEmpty()) {
                    connection.rollback();
                    return current;
                }
                write(connection, current.issueId(), values, cleared);
                Initiative written = find(connection, actor, scope, current.issueKey()).orElseThrow();
                connection.commit();
                return written;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the inputs of " + issueKey + " for " + actor.userKey(),
                    e);
        }
    }

    private void write(Connection connection, long issueId, ScoringInputs values, Set<ScoringInput> cleared)
            throws SQLException {
        try (PreparedStatement row = connection.prepareStatement(
                "MERGE INTO initiative_field (issue_id) KEY (issue_id) VALUES (?)")) {
            row.setLong(1, issueId);
            row.executeUpdate();
        }
        List<String> assignments = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (ScoringInput input : ScoringInput.values()) {
            if (values.has(input)) {
                assignments.add(column(input) + " = ?");
                parameters.add(values.get(input).getAsDouble());
            } else if (cleared.contains(input)) {
                assignments.add(column(input) + " = NULL");
            }
        }
        parameters.add(issueId);
        update(connection, "UPDATE initiative_field SET " + String.join(", ", assignments) + " WHERE issue_id = ?",
                parameters);
        // As Jira does on every edit.
        update(connection, "UPDATE issue SET updated = ? WHERE id = ?",
                List.of(Timestamp.from(clock.instant()), issueId));
    }

    private static boolean mayEdit(Connection connection, Actor actor, ProjectRef project) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM project p WHERE p.id = ? AND " + BrowsePermission.CAN_EDIT)) {
            select.setLong(1, project.id());
            select.setString(2, actor.userKey());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The scope's issue types as the table names them, and its filter as SQL; throws for a scope with errors. */
    private static Resolved resolve(Connection connection, PortfolioScope scope) throws SQLException {
        Resolved resolved = check(connection, scope);
        if (!resolved.errors().isEmpty()) {
            throw new InvalidRequestException(resolved.errors());
        }
        return resolved;
    }

    private static Resolved check(Connection connection, PortfolioScope scope) throws SQLException {
        Map<String, String> known = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM issue_type");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                known.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(1));
            }
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String type : scope.issueTypes()) {
            String name = known.get(type.strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                unknown.add(type);
            } else {
                types.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(FieldError.of(ISSUE_TYPES_FIELD, ISSUE_TYPE_UNKNOWN, String.join(", ", unknown)));
        }
        List<ScopeJql.Clause> clauses = List.of();
        if (scope.jql() != null) {
            try {
                clauses = ScopeJql.parse(scope.jql());
            } catch (ScopeJql.UnsupportedJqlException e) {
                errors.add(FieldError.of(JQL_FIELD, JQL_UNSUPPORTED, e.rest()));
            }
        }
        return new Resolved(List.copyOf(types), clauses, List.copyOf(errors));
    }

    /**
     * A scope as the queries use it.
     *
     * @param issueTypes the issue types as {@code issue_type} names them, in name order
     * @param clauses    the JQL filter's clauses, all of which must hold
     */
    private record Resolved(List<String> issueTypes, List<ScopeJql.Clause> clauses, List<FieldError> errors) {

        /** Whether the filter reads {@code initiative_field}, aliased {@code f}. */
        boolean readsFields() {
            return clauses.stream().anyMatch(clause -> clause.field() == ScopeJql.Field.THEME);
        }

        /** The filter as {@code " AND ..."} on an issue aliased {@code i}, its values appended; empty for none. */
        String condition(List<Object> parameters) {
            StringBuilder sql = new StringBuilder();
            for (ScopeJql.Clause clause : clauses) {
                String column = clause.field() == ScopeJql.Field.STATUS ? "i.status" : "f.theme";
                sql.append(" AND LOWER(").append(column).append(") IN (")
                        .append(BrowsePermission.placeholders(clause.values().size())).append(')');
                parameters.addAll(new TreeSet<>(clause.values()));
            }
            return sql.toString();
        }
    }

    private static List<Initiative> read(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object parameter : parameters) {
                select.setObject(index++, parameter);
            }
            List<Initiative> initiatives = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    initiatives.add(initiative(rows));
                }
            }
            return initiatives;
        }
    }

    private static Initiative initiative(ResultSet rows) throws SQLException {
        ProjectRef project = new ProjectRef(rows.getLong(2), rows.getString(3), rows.getString(4));
        Map<ScoringInput, Double> inputs = new EnumMap<>(ScoringInput.class);
        ScoringInput[] order = ScoringInput.values();
        for (int i = 0; i < order.length; i++) {
            Double value = number(rows, FIRST_INPUT + i);
            if (value != null) {
                inputs.put(order[i], value);
            }
        }
        int estimates = FIRST_INPUT + order.length;
        return new Initiative(rows.getLong(1), rows.getString(3) + "-" + rows.getInt(5), project, rows.getString(6),
                rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
                ScoringInputs.of(inputs), new Estimates(number(rows, estimates), number(rows, estimates + 1),
                        number(rows, estimates + 2)));
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static void update(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            statement.executeUpdate();
        }
    }
}
