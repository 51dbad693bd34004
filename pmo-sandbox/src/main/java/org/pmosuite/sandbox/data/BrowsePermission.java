package org.pmosuite.sandbox.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The sandbox's permission scheme as SQL: who may browse which project, and who may see which issue. Every query that
 * reads issues applies {@link #CAN_SEE_ISSUE}, so the rule lives here only.
 */
final class BrowsePermission {

    /**
     * A condition on a project row aliased {@code p}; binds the user key {@value #CAN_BROWSE_KEYS} times. A user
     * browses a project when they browse every project, or hold a grant for it.
     */
    static final String CAN_BROWSE = """
            (EXISTS (SELECT 1 FROM sandbox_user u WHERE u.user_key = ? AND u.browses_all)
             OR EXISTS (SELECT 1 FROM project_permission g WHERE g.user_key = ? AND g.project_id = p.id))""";

    static final int CAN_BROWSE_KEYS = 2;

    /**
     * A condition on an issue row aliased {@code i} in its project aliased {@code p}; binds the user key
     * {@value #CAN_SEE_ISSUE_KEYS} times. As in Jira, a user sees an issue when they browse its project and, if the
     * issue has a security level, are granted that level; being an administrator grants nothing.
     */
    static final String CAN_SEE_ISSUE = CAN_BROWSE + """

             AND (i.security_level_id IS NULL
                  OR i.security_level_id IN (SELECT s.level_id FROM issue_security_grant s WHERE s.user_key = ?))""";

    static final int CAN_SEE_ISSUE_KEYS = 3;

    /** {@link #CAN_SEE_ISSUE} for an issue and its project under other aliases; binds the user key as often. */
    static String canSeeIssue(String issueAlias, String projectAlias) {
        return CAN_SEE_ISSUE.replace("p.id", projectAlias + ".id")
                .replace("i.security_level_id", issueAlias + ".security_level_id");
    }

    private BrowsePermission() {
    }

    /** Binds the user key {@code times} times from {@code index} on, and answers the next index. */
    static int bindUser(PreparedStatement statement, int index, String userKey, int times) throws SQLException {
        for (int i = 0; i < times; i++) {
            statement.setString(index++, userKey);
        }
        return index;
    }
}
