package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidEntries;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidEntryChange;
import org.pmosuite.core.raid.RaidEntryNotFoundException;
import org.pmosuite.core.raid.RaidField;
import org.pmosuite.core.raid.StaleRaidEntryException;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.core.raid.setup.RaidSetupPlan;

/**
 * RAID entries written to the sandbox's issue store, as the app writes them through Jira's issue service: a new
 * entry is a new issue of the project, a change writes only the fields it names, and both check what only the
 * store knows (that the owner exists, that the depended-on issue is one the actor may see). An update is conditioned
 * on the entry's {@code updated} time in the same statement, so of two editors working from the same version one
 * wins and the other gets {@link StaleRaidEntryException}. Who may browse a project may create and edit its entries.
 */
public final class JdbcRaidEntries implements RaidEntries {

    private final SandboxDatabase database;
    private final JdbcRaidLog log;
    private final Clock clock;

    public JdbcRaidEntries(SandboxDatabase database, Clock clock) {
        this.database = database;
        this.log = new JdbcRaidLog(database);
        this.clock = clock;
    }

    @Override
    public Optional<RaidEntry> find(Actor actor, String issueKey) {
        int dash = issueKey.lastIndexOf('-');
        if (dash < 1 || !issueKey.substring(dash + 1).matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return log.find(actor, issueKey.substring(0, dash), Integer.parseInt(issueKey.substring(dash + 1)));
    }

    @Override
    public RaidEntry create(Actor actor, ProjectRef project, RaidEntryChange change) {
        synchronized (database.issueWrites()) {
            return createHeld(actor, project, change);
        }
    }

    private RaidEntry createHeld(Actor actor, ProjectRef project, RaidEntryChange change) {
        Instant now = now();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                checkConfiguration(connection, project.id(), project.key(), change, "create_screen_id");
                Long dependsOn = checkReferences(connection, actor, change);
                long id = next(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM issue", null);
                long number = next(connection, "SELECT COALESCE(MAX(issue_num), 0) + 1 FROM issue WHERE project_id = ?",
                        project.id());
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issue (id, project_id, "
                        + "issue_num, issue_type, summary, status, status_category, raid_type, created, updated) "
                        + "VALUES (?, ?, ?, ?, ?, 'Open', 'new', ?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setLong(2, project.id());
                    insert.setLong(3, number);
                    insert.setString(4, issueType(change));
                    insert.setString(5, change.summary());
                    insert.setString(6, change.type().name());
                    insert.setTimestamp(7, Timestamp.from(now));
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.executeUpdate();
                }
                write(connection, id, change, dependsOn, now, null);
                connection.commit();
                return find(actor, project.key() + "-" + number).orElseThrow();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a RAID entry in " + project.key(), e);
        }
    }

    @Override
    public RaidEntry update(Actor actor, String issueKey, RaidEntryChange change, Instant expectedUpdated) {
        RaidEntry current = find(actor, issueKey).orElseThrow(() -> new RaidEntryNotFoundException(issueKey));
        Instant now = now();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                long projectId = next(connection, "SELECT id FROM project WHERE pkey = ?", current.projectKey());
                checkConfiguration(connection, projectId, current.projectKey(), change, "edit_screen_id");
                Long dependsOn = checkReferences(connection, actor, change);
                long id = issueId(connection, current);
                if (!write(connection, id, change, dependsOn, now, expectedUpdated)) {
                    connection.rollback();
                    Instant stored = find(actor, issueKey).map(RaidEntry::updated).orElse(null);
                    throw new StaleRaidEntryException(issueKey, expectedUpdated, stored);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update RAID entry " + issueKey, e);
        }
        return find(actor, issueKey).orElseThrow(() -> new RaidEntryNotFoundException(issueKey));
    }

    /**
     * What Jira's issue service checks against the project's configuration: that the project offers the entry's
     * issue type, and that every field written is on the screen of the operation (on creation, every field given a
     * value); each problem is a field error.
     */
    private static void checkConfiguration(Connection connection, long projectId, String projectKey,
            RaidEntryChange change, String screenColumn) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        if (change.changes(RaidField.TYPE)) {
            try (PreparedStatement type = connection.prepareStatement("SELECT 1 FROM project_configuration c "
                    + "JOIN issue_type_scheme_entry e ON e.scheme_id = c.issue_type_scheme_id JOIN issue_type t "
                    + "ON t.id = e.issue_type_id WHERE c.project_id = ? AND t.name = ?")) {
                type.setLong(1, projectId);
                type.setString(2, issueType(change));
                try (ResultSet rows = type.executeQuery()) {
                    if (!rows.next()) {
                        errors.add(FieldError.of("type", "pmo.raid.error.type.notinproject", issueType(change),
                                projectKey));
                    }
                }
            }
        }
        Set<String> onScreen = new HashSet<>();
        try (PreparedStatement fields = connection.prepareStatement("SELECT f.type_key FROM project_configuration c "
                + "JOIN screen_field s ON s.screen_id = c." + screenColumn + " JOIN custom_field f ON f.id = s.field_id "
                + "WHERE c.project_id = ?")) {
            fields.setLong(1, projectId);
            try (ResultSet rows = fields.executeQuery()) {
                while (rows.next()) {
                    onScreen.add(rows.getString(1));
                }
            }
        }
        for (RaidField field : change.changed()) {
            if (change.isCreation() && change.value(field) == null) {
                continue;
            }
            RaidCustomField.holding(field).filter(held -> !onScreen.contains(held.name()))
                    .ifPresent(held -> errors.add(FieldError.of(field.jsonName(), "pmo.raid.error.field.notonscreen",
                            held.defaultName(), projectKey)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The store's own checks, every problem at once; the depended-on issue's id when one is named. */
    private Long checkReferences(Connection connection, Actor actor, RaidEntryChange change) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        if (change.changes(RaidField.OWNER) && change.ownerKey() != null) {
            try (PreparedStatement owner = connection.prepareStatement(
                    "SELECT 1 FROM sandbox_user WHERE user_key = ?")) {
                owner.setString(1, change.ownerKey());
                try (ResultSet rows = owner.executeQuery()) {
                    if (!rows.next()) {
                        errors.add(FieldError.of("owner", "pmo.raid.error.owner.unknown", change.ownerKey()));
                    }
                }
            }
        }
        Long dependsOn = null;
        if (change.changes(RaidField.DEPENDS_ON) && change.dependsOn() != null) {
            String key = change.dependsOn();
            int dash = key.lastIndexOf('-');
            try (PreparedStatement issue = connection.prepareStatement("SELECT i.id FROM issue i JOIN project p "
                    + "ON p.id = i.project_id WHERE p.pkey = ? AND i.issue_num = ? AND "
                    + BrowsePermission.CAN_SEE_ISSUE)) {
                issue.setString(1, key.substring(0, dash));
                issue.setInt(2, Integer.parseInt(key.substring(dash + 1)));
                BrowsePermission.bindUser(issue, 3, actor.userKey(), BrowsePermission.CAN_SEE_ISSUE_KEYS);
                try (ResultSet rows = issue.executeQuery()) {
                    if (rows.next()) {
                        dependsOn = rows.getLong(1);
                    } else {
                        errors.add(FieldError.of("dependsOn", "pmo.raid.error.dependson.unknown", key));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return dependsOn;
    }

    /**
     * Writes the changed fields and the new {@code updated}; with {@code expectedUpdated}, only if the row still has
     * that time. Answers whether the row was written.
     */
    private static boolean write(Connection connection, long id, RaidEntryChange change, Long dependsOn, Instant now,
            Instant expectedUpdated) throws SQLException {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (RaidField field : change.changed()) {
            switch (field) {
                case SUMMARY -> columns.put("summary", change.summary());
                case TYPE -> {
                    columns.put("raid_type", change.type().name());
                    columns.put("issue_type", issueType(change));
                }
                case PROBABILITY -> columns.put("probability", change.probability());
                case IMPACT -> columns.put("impact", change.impact());
                case OWNER -> columns.put("owner_user_key", change.ownerKey());
                case ROAM -> columns.put("roam_status", change.roam() == null ? null : change.roam().name());
                case RESPONSE_PLAN -> columns.put("response_plan", change.responsePlan());
                case PROXIMITY -> columns.put("proximity_date", date(change.proximity()));
                case REVIEW_DATE -> columns.put("review_date", date(change.reviewDate()));
                case VALIDATE_BY -> columns.put("validate_by", date(change.validateBy()));
                case DEPENDS_ON -> columns.put("depends_on_issue_id", dependsOn);
                case NEED_BY -> columns.put("need_by", date(change.needBy()));
            }
        }
        columns.put("updated", Timestamp.from(now));
        StringBuilder sql = new StringBuilder("UPDATE issue SET ");
        sql.append(String.join(", ", columns.keySet().stream().map(column -> column + " = ?").toList()));
        sql.append(" WHERE id = ?");
        if (expectedUpdated != null) {
            sql.append(" AND updated = ?");
        }
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Object value : columns.values()) {
                update.setObject(index++, value);
            }
            update.setLong(index++, id);
            if (expectedUpdated != null) {
                update.setTimestamp(index, Timestamp.from(expectedUpdated));
            }
            return update.executeUpdate() == 1;
        }
    }

    private static long issueId(Connection connection, RaidEntry entry) throws SQLException {
        String key = entry.issueKey();
        try (PreparedStatement select = connection.prepareStatement("SELECT i.id FROM issue i JOIN project p "
                + "ON p.id = i.project_id WHERE p.pkey = ? AND i.issue_num = ?")) {
            select.setString(1, entry.projectKey());
            select.setInt(2, Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long next(Connection connection, String sql, Object argument) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (argument != null) {
                select.setObject(1, argument);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The issue type of the change's RAID type, as RAID setup names it: Risk, Assumption, Issue or Dependency. */
    private static String issueType(RaidEntryChange change) {
        return RaidSetupPlan.issueTypeName(change.type());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** Milliseconds, as the database keeps them, so a time read back equals the time written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
