package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.ProjectRef;

/**
 * The sandbox's permission scheme for configuration: Jira administrators administer everything, and a project's lead
 * administers that project (Jira's default scheme gives the lead's role "Administer projects").
 */
public final class JdbcAdminAccess implements AdminAccess {

    private final SandboxDatabase database;

    public JdbcAdminAccess(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    public boolean isAdministrator(Actor actor) {
        return exists("SELECT 1 FROM sandbox_user WHERE user_key = ? AND (is_admin OR is_system_admin)",
                actor.userKey(), null);
    }

    @Override
    public boolean administersProject(Actor actor, ProjectRef project) {
        return isAdministrator(actor) || exists("SELECT 1 FROM project WHERE lead_user_key = ? AND id = ?",
                actor.userKey(), project.id());
    }

    private boolean exists(String sql, String userKey, Long projectId) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, userKey);
            if (projectId != null) {
                statement.setLong(2, projectId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the permissions of " + userKey, e);
        }
    }
}
