package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pmosuite.core.common.UserDirectory;

/**
 * The sandbox's users, read from H2. {@link #find} and {@link #all} know only the demo users one logs in as; the
 * other users of {@code sandbox_user} are people named in the data (RAID owners), as Jira holds users who never log
 * in to this demo. As the app's {@link UserDirectory} every user counts, as in Jira's.
 */
public final class JdbcUserDirectory implements UserDirectory {

    private static final String COLUMNS =
            "user_key, display_name, email, licensed, is_admin, is_system_admin, browses_all FROM sandbox_user";

    private final SandboxDatabase database;

    public JdbcUserDirectory(SandboxDatabase database) {
        this.database = database;
    }

    public Optional<SandboxUser> find(String userKey) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " WHERE user_key = ? AND demo_login")) {
            statement.setString(1, userKey);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(user(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read user " + userKey, e);
        }
    }

    /** Every demo user, PMO lead first. */
    public List<SandboxUser> all() {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + COLUMNS + " WHERE demo_login ORDER BY is_admin DESC, browses_all, user_key");
             ResultSet rows = statement.executeQuery()) {
            List<SandboxUser> users = new ArrayList<>();
            while (rows.next()) {
                users.add(user(rows));
            }
            return users;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the demo users", e);
        }
    }

    @Override
    public Map<String, String> displayNames(Collection<String> userKeys) {
        Object[] keys = userKeys.stream().filter(key -> key != null && !key.isBlank()).distinct().toArray();
        Map<String, String> names = new LinkedHashMap<>();
        if (keys.length == 0) {
            return names;
        }
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT user_key, display_name FROM sandbox_user WHERE user_key = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("VARCHAR", keys));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getString(1), rows.getString(2));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read users " + userKeys, e);
        }
    }

    private static SandboxUser user(ResultSet rows) throws SQLException {
        return new SandboxUser(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                rows.getBoolean(5), rows.getBoolean(6), rows.getBoolean(7));
    }
}
