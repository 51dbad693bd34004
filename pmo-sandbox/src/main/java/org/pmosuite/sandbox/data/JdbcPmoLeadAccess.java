package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.PmoLeadAccess;

/**
 * The app's PMO lead global permission as the sandbox holds it: a row of {@code global_permission_grant} for the
 * user. The generator grants it to the PMO lead only; being a Jira administrator grants nothing.
 */
public final class JdbcPmoLeadAccess implements PmoLeadAccess {

    private final SandboxDatabase database;

    public JdbcPmoLeadAccess(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    public boolean isPmoLead(Actor actor) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM global_permission_grant WHERE permission_key = ? AND user_key = ?")) {
            select.setString(1, PERMISSION_KEY);
            select.setString(2, actor.userKey());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the global permissions of " + actor.userKey(), e);
        }
    }
}
