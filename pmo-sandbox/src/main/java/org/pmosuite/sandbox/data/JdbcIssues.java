package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Single issues as the issue view shows them, to a user who may see them; the rule is {@link BrowsePermission}. */
public final class JdbcIssues {

    private static final Pattern KEY = Pattern.compile("([A-Z][A-Z0-9_]+)-(\\d{1,9})");

    /** What the issue view's header shows of an issue. */
    public record IssueCard(String key, String summary, String issueType, String status, String projectKey,
            String projectName) {
    }

    private final SandboxDatabase database;

    public JdbcIssues(SandboxDatabase database) {
        this.database = database;
    }

    /** The issue, when the user may see it; empty alike for a malformed key, a missing issue and a hidden one. */
    public Optional<IssueCard> visible(String userKey, String issueKey) {
        Matcher key = KEY.matcher(issueKey == null ? "" : issueKey.strip().toUpperCase(Locale.ROOT));
        if (!key.matches()) {
            return Optional.empty();
        }
        String sql = "SELECT p.pkey, i.issue_num, i.summary, i.issue_type, i.status, p.name "
                + "FROM issue i JOIN project p ON p.id = i.project_id "
                + "WHERE p.pkey = ? AND i.issue_num = ? AND " + BrowsePermission.CAN_SEE_ISSUE;
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key.group(1));
            select.setInt(2, Integer.parseInt(key.group(2)));
            BrowsePermission.bindUser(select, 3, userKey, BrowsePermission.CAN_SEE_ISSUE_KEYS);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new IssueCard(rows.getString(1) + "-" + rows.getInt(2),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(1),
                        rows.getString(6))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read issue " + issueKey + " for " + userKey, e);
        }
    }
}
