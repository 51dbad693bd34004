package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * Keeps {@code raid_open_cell} (open RAID entries counted per project, security level, RAID type, issue type and
 * rating cell) equal to what the {@code issue} table holds, row by row in the writer's transaction, whoever writes:
 * the app's store, the generator's later changes, a test's SQL. The heat map then sums a few thousand counts instead
 * of counting hundreds of thousands of issues. H2 creates one instance per trigger and table.
 */
public final class OpenRaidCellTrigger implements Trigger {

    private static final String ADJUST = """
            MERGE INTO raid_open_cell t USING (VALUES (CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS VARCHAR(12)),
                CAST(? AS VARCHAR(20)), CAST(? AS TINYINT), CAST(? AS TINYINT), CAST(? AS BIGINT)))
                AS s(project_id, security_level_id, raid_type, issue_type, probability, impact, delta)
            ON t.project_id = s.project_id AND t.security_level_id = s.security_level_id AND t.raid_type = s.raid_type
                AND t.issue_type = s.issue_type AND t.probability = s.probability AND t.impact = s.impact
            WHEN MATCHED THEN UPDATE SET entries = t.entries + s.delta
            WHEN NOT MATCHED THEN INSERT VALUES (s.project_id, s.security_level_id, s.raid_type, s.issue_type,
                s.probability, s.impact, s.delta)""";

    private int project;
    private int issueType;
    private int raidType;
    private int probability;
    private int impact;
    private int statusCategory;
    private int securityLevel;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        Map<String, Integer> columns = new HashMap<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("ORDINAL_POSITION") - 1);
            }
        }
        project = column(columns, "project_id");
        issueType = column(columns, "issue_type");
        raidType = column(columns, "raid_type");
        probability = column(columns, "probability");
        impact = column(columns, "impact");
        statusCategory = column(columns, "status_category");
        securityLevel = column(columns, "security_level_id");
    }

    private static int column(Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null) {
            throw new IllegalStateException("issue has no column " + name);
        }
        return index;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Cell before = cell(oldRow);
        Cell after = cell(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            adjust(connection, before, -1);
        }
        if (after != null) {
            adjust(connection, after, 1);
        }
    }

    /** The cell an open RAID entry counts in; null for any other row. */
    private Cell cell(Object[] row) {
        if (row == null || row[raidType] == null || "done".equals(row[statusCategory])) {
            return null;
        }
        return new Cell(((Number) row[project]).intValue(),
                row[securityLevel] == null ? 0 : ((Number) row[securityLevel]).longValue(), (String) row[raidType],
                (String) row[issueType], rating(row[probability]), rating(row[impact]));
    }

    private static int rating(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static void adjust(Connection connection, Cell cell, int delta) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(ADJUST)) {
            merge.setInt(1, cell.project());
            merge.setLong(2, cell.securityLevel());
            merge.setString(3, cell.raidType());
            merge.setString(4, cell.issueType());
            merge.setInt(5, cell.probability());
            merge.setInt(6, cell.impact());
            merge.setLong(7, delta);
            merge.executeUpdate();
        }
    }

    private record Cell(int project, long securityLevel, String raidType, String issueType, int probability,
            int impact) {
    }
}
