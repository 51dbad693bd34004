package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;

/** {@link ProjectAccess} from the sandbox's users and project grants. */
public final class JdbcProjectAccess implements ProjectAccess {

    private static final String SQL = "SELECT p.id, p.pkey, p.name FROM project p WHERE " + BrowsePermission.CAN_BROWSE
            + " ORDER BY p.pkey";

    private final SandboxDatabase database;

    public JdbcProjectAccess(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    public List<ProjectRef> browsableProjects(Actor actor) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            BrowsePermission.bindUser(statement, 1, actor.userKey(), BrowsePermission.CAN_BROWSE_KEYS);
            List<ProjectRef> projects = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    projects.add(new ProjectRef(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return projects;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the projects " + actor.userKey() + " may browse", e);
        }
    }
}
