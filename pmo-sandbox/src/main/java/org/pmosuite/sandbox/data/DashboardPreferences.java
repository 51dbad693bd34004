package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Jira keeps of a dashboard item for a user: its preferences, string to string, as the item saved them through
 * {@code API.savePreferences}. One row per user and item, the preferences as a JSON text.
 */
public final class DashboardPreferences {

    private final SandboxDatabase database;

    public DashboardPreferences(SandboxDatabase database) {
        this.database = database;
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS sandbox_dashboard_item (
                        user_key VARCHAR(64) NOT NULL,
                        item_id VARCHAR(255) NOT NULL,
                        preferences VARCHAR(20000) NOT NULL,
                        PRIMARY KEY (user_key, item_id))""");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the dashboard preferences table", e);
        }
    }

    /** Every item's preferences (JSON texts) for the user, by item id. */
    public Map<String, String> forUser(String userKey) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT item_id, preferences FROM sandbox_dashboard_item WHERE user_key = ? ORDER BY item_id")) {
            select.setString(1, userKey);
            Map<String, String> preferences = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    preferences.put(rows.getString(1), rows.getString(2));
                }
            }
            return preferences;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the dashboard preferences of " + userKey, e);
        }
    }

    public void save(String userKey, String itemId, String preferencesJson) {
        try (Connection connection = database.connection();
             PreparedStatement merge = connection.prepareStatement(
                     "MERGE INTO sandbox_dashboard_item (user_key, item_id, preferences) KEY (user_key, item_id) "
                             + "VALUES (?, ?, ?)")) {
            merge.setString(1, userKey);
            merge.setString(2, itemId);
            merge.setString(3, preferencesJson);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the dashboard preferences of " + userKey, e);
        }
    }
}
