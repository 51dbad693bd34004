package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.core.raid.setup.RaidSetupChange;
import org.pmosuite.core.raid.setup.RaidSetupPlan;

/**
 * The generator's part for the host configuration: Jira's usual issue types, a default issue type scheme and a
 * default screen that most projects share, and RAID set up in every project with the app's own plan. Every
 * {@value #OWN_CONFIGURATION_EVERY}th project has a scheme and a screen of its own, from which someone has since
 * removed two RAID fields, so that RAID setup has something to show there.
 */
final class GeneratedConfiguration {

    static final int OWN_CONFIGURATION_EVERY = 20;
    /** The fields missing from the screen of a project with its own configuration. */
    static final Set<RaidCustomField> REMOVED_FROM_OWN_SCREENS =
            Set.of(RaidCustomField.VALIDATE_BY, RaidCustomField.NEED_BY);
    private static final List<String> WORK_ISSUE_TYPES = List.of("Story", "Task", "Bug", "Epic", "Initiative");

    private GeneratedConfiguration() {
    }

    /** Whether the project (by its position in the portfolio) has its own, partly set up, configuration. */
    static boolean hasOwnConfiguration(int projectIndex) {
        // The sixth of every twenty: in the demo, one of the projects the project manager leads.
        return projectIndex % OWN_CONFIGURATION_EVERY == 5;
    }

    static void generate(Connection connection, List<PeopleAndProjects.Project> projects) throws SQLException {
        long sharedScheme = insert(connection, "INSERT INTO issue_type_scheme (name) VALUES (?)",
                "Default Issue Type Scheme");
        for (String name : WORK_ISSUE_TYPES) {
            long type = insert(connection, "INSERT INTO issue_type (name) VALUES (?)", name);
            JdbcRaidSetup.update(connection,
                    "INSERT INTO issue_type_scheme_entry (scheme_id, issue_type_id) VALUES (?, ?)", sharedScheme, type);
        }
        long sharedScreen = insert(connection, "INSERT INTO screen (name) VALUES (?)", "Default Screen");
        for (PeopleAndProjects.Project project : projects) {
            long scheme = sharedScheme;
            long screen = sharedScreen;
            if (hasOwnConfiguration(project.index())) {
                String key = project.ref().key();
                scheme = insert(connection, "INSERT INTO issue_type_scheme (name) VALUES (?)",
                        key + ": Scrum Issue Type Scheme");
                JdbcRaidSetup.update(connection, "INSERT INTO issue_type_scheme_entry (scheme_id, issue_type_id) "
                        + "SELECT ?, id FROM issue_type WHERE name IN ('Story', 'Task', 'Bug', 'Epic')", scheme);
                screen = insert(connection, "INSERT INTO screen (name) VALUES (?)", key + ": Scrum Default Screen");
            }
            JdbcRaidSetup.update(connection, "INSERT INTO project_configuration VALUES (?, ?, ?, ?, ?)",
                    project.ref().id(), scheme, screen, screen, screen);
        }
        for (PeopleAndProjects.Project project : projects) {
            RaidSetupPlan plan = RaidSetupPlan.of(project.ref(), JdbcRaidSetup.state(connection, project.ref()));
            for (RaidSetupChange change : plan.changes()) {
                boolean removedSince = change instanceof RaidSetupChange.AddFieldToScreen add
                        && hasOwnConfiguration(project.index()) && REMOVED_FROM_OWN_SCREENS.contains(add.field());
                if (!removedSince) {
                    JdbcRaidSetup.apply(connection, project.ref(), change);
                }
            }
        }
    }

    /** Inserts one row with a generated id; its id. */
    private static long insert(Connection connection, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"ID"})) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
