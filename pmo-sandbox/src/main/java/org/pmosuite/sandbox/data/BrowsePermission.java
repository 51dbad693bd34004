package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

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

    /**
     * A condition on a project row aliased {@code p}: the user holds Jira's "Edit Issues" permission in it; binds the
     * user key once. Editing an issue takes this and {@link #CAN_SEE_ISSUE}. Browsing every project grants no edit.
     */
    static final String CAN_EDIT = """
            EXISTS (SELECT 1 FROM project_edit_permission e WHERE e.user_key = ? AND e.project_id = p.id)""";

    /** {@link #CAN_SEE_ISSUE} for an issue and its project under other aliases; binds the user key as often. */
    static String canSeeIssue(String issueAlias, String projectAlias) {
        return CAN_SEE_ISSUE.replace("p.id", projectAlias + ".id")
                .replace("i.security_level_id", issueAlias + ".security_level_id");
    }

    private BrowsePermission() {
    }

    /**
     * {@link #CAN_SEE_ISSUE} resolved once for a user and some projects, for queries over many issues: the ids of
     * the projects among them the user browses, and the security levels the user holds. An issue of those projects
     * is visible when it has no level or one of these. Read per request, so it is never stale; a query then tests
     * each issue against two short lists instead of running the rule's subqueries per row; when the projects are every
     * project there is ({@code everyProject}), against the levels only.
     */
    record Visible(List<Integer> projectIds, List<Long> levelIds, boolean everyProject) {
        Visible {
            projectIds = List.copyOf(projectIds);
            levelIds = List.copyOf(levelIds);
        }

        boolean none() {
            return projectIds.isEmpty();
        }

        /**
         * The rule as a condition on an issue aliased {@code i}, its values appended to {@code parameters}; with
         * {@code openRaidOnly}, also "an open RAID entry", through the partial index of open entries.
         */
        String condition(boolean openRaidOnly, List<Object> parameters) {
            StringBuilder sql = new StringBuilder();
            if (everyProject) {
                // Every project there is: no list to test each row against.
                sql.append(openRaidOnly ? "i.open_raid_project IS NOT NULL" : "TRUE");
            } else {
                sql.append(openRaidOnly ? "i.open_raid_project IN (" : "i.project_id IN (")
                        .append(placeholders(projectIds.size())).append(')');
                parameters.addAll(projectIds);
            }
            if (levelIds.isEmpty()) {
                return sql.append(" AND i.security_level_id IS NULL").toString();
            }
            sql.append(" AND (i.security_level_id IS NULL OR i.security_level_id IN (")
                    .append(placeholders(levelIds.size())).append("))");
            parameters.addAll(levelIds);
            return sql.toString();
        }

        /** The rule as a condition on a row of {@code raid_open_cell} aliased {@code c}, where level 0 is none. */
        String cellCondition(List<Object> parameters) {
            StringBuilder sql = new StringBuilder();
            if (!everyProject) {
                sql.append("c.project_id IN (").append(placeholders(projectIds.size())).append(") AND ");
                parameters.addAll(projectIds);
            }
            sql.append("c.security_level_id IN (0");
            for (Long level : levelIds) {
                sql.append(", ?");
                parameters.add(level);
            }
            return sql.append(')').toString();
        }
    }

    static Visible visible(Connection connection, String userKey, Collection<String> projectKeys)
            throws SQLException {
        List<Integer> projects = new ArrayList<>();
        if (!projectKeys.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT p.id FROM project p WHERE p.pkey IN ("
                    + placeholders(projectKeys.size()) + ") AND " + CAN_BROWSE)) {
                int index = 1;
                for (String key : projectKeys) {
                    select.setString(index++, key);
                }
                bindUser(select, index, userKey, CAN_BROWSE_KEYS);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        projects.add(rows.getInt(1));
                    }
                }
            }
        }
        List<Long> levels = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT level_id FROM issue_security_grant WHERE user_key = ?")) {
            select.setString(1, userKey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    levels.add(rows.getLong(1));
                }
            }
        }
        boolean everyProject = false;
        if (!projects.isEmpty()) {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM project");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                everyProject = rows.getLong(1) == projects.size();
            }
        }
        return new Visible(projects, levels, everyProject);
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} values. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Binds the user key {@code times} times from {@code index} on, and answers the next index. */
    static int bindUser(PreparedStatement statement, int index, String userKey, int times) throws SQLException {
        for (int i = 0; i < times; i++) {
            statement.setString(index++, userKey);
        }
        return index;
    }
}
