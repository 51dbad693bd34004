package org.pmosuite.sandbox.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.pmosuite.sandbox.data.SandboxDatabase;

/**
 * A SHA-256 digest of everything the sandbox stores: every row of every table (Jira's data as the sandbox holds it
 * and the app's Active Objects tables), in key order. Equal digests before and after a request mean it changed
 * nothing.
 */
final class StoreDigest {

    private final SandboxDatabase database;

    StoreDigest(SandboxDatabase database) {
        this.database = database;
    }

    String digest() {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : tables(statement)) {
                sha.update(table.getBytes(StandardCharsets.UTF_8));
                // The table names come from the database's own catalogue, never from a request.
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY "
                        + orderByEveryColumn(statement, table))) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            sha.update(String.valueOf(rows.getString(column)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                        sha.update((byte) '\n');
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the sandbox's store", e);
        }
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String orderByEveryColumn(Statement statement, String table) throws SQLException {
        List<String> positions = new ArrayList<>();
        try (ResultSet none = statement.executeQuery("SELECT * FROM \"" + table + "\" WHERE FALSE")) {
            for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
                positions.add(String.valueOf(i));
            }
        }
        return String.join(", ", positions);
    }
}
