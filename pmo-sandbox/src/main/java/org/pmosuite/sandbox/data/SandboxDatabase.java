package org.pmosuite.sandbox.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The sandbox's embedded H2 file database: schema, connections and an orderly shutdown so nothing is lost.
 */
public final class SandboxDatabase implements AutoCloseable {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS sandbox_meta (
            id INT PRIMARY KEY,
            preset VARCHAR(20) NOT NULL,
            seed BIGINT NOT NULL,
            generator_version INT NOT NULL,
            generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
            generation_millis BIGINT NOT NULL,
            project_count INT NOT NULL,
            issue_count BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS sandbox_user (
            user_key VARCHAR(64) PRIMARY KEY,
            display_name VARCHAR(255) NOT NULL,
            email VARCHAR(255) NOT NULL,
            licensed BOOLEAN NOT NULL,
            is_admin BOOLEAN NOT NULL,
            is_system_admin BOOLEAN NOT NULL,
            browses_all BOOLEAN NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS project (
            id INT PRIMARY KEY,
            pkey VARCHAR(10) NOT NULL UNIQUE,
            name VARCHAR(255) NOT NULL,
            lead_user_key VARCHAR(64) NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS project_permission (
            user_key VARCHAR(64) NOT NULL REFERENCES sandbox_user(user_key),
            project_id INT NOT NULL REFERENCES project(id),
            PRIMARY KEY (user_key, project_id))
        """,
        """
        CREATE TABLE IF NOT EXISTS issue (
            id BIGINT PRIMARY KEY,
            project_id INT NOT NULL,
            issue_num INT NOT NULL,
            issue_type VARCHAR(20) NOT NULL,
            summary VARCHAR(255) NOT NULL,
            status VARCHAR(30) NOT NULL,
            status_category VARCHAR(15) NOT NULL,
            raid_type VARCHAR(12),
            probability TINYINT,
            impact TINYINT,
            created TIMESTAMP NOT NULL,
            resolved TIMESTAMP,
            -- The project of an open RAID entry, else NULL: indexed, it works as a partial index of open entries.
            open_raid_project INT GENERATED ALWAYS AS
                (CASE WHEN raid_type IS NOT NULL AND status_category <> 'done' THEN project_id END))
        """
    };

    /** Created after a bulk load, which is faster than maintaining them row by row. */
    private static final String[] INDEXES = {
        // Covers the RAID heat map: open entries by project and type, grouped by the ratings.
        "CREATE INDEX IF NOT EXISTS issue_open_raid ON issue(open_raid_project, raid_type, probability, impact)",
        "CREATE INDEX IF NOT EXISTS issue_project_status ON issue(project_id, status_category)",
        "CREATE INDEX IF NOT EXISTS project_permission_project ON project_permission(project_id)"
    };

    public static final String USER = "sa";
    public static final String PASSWORD = "";

    private final JdbcConnectionPool pool;
    private final Path file;

    private SandboxDatabase(JdbcConnectionPool pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    /**
     * Opens (or creates) the database {@code pmo} in a directory that exists and is writable.
     *
     * @throws SQLException for example when another process holds the database
     */
    public static SandboxDatabase open(Path directory) throws SQLException {
        Path file = directory.toAbsolutePath().resolve("pmo");
        // We close the database ourselves in the shutdown hook, after Jetty has stopped.
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(file), USER, PASSWORD);
        pool.setMaxConnections(32);
        SandboxDatabase database = new SandboxDatabase(pool, file);
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            pool.dispose();
            throw e;
        }
        return database;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    void createIndexes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : INDEXES) {
                statement.execute(ddl);
            }
        }
    }

    /** Drops and re-creates every table, for a portfolio whose generation was interrupted. */
    void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[] {"issue", "project_permission", "project", "sandbox_user",
                "sandbox_meta"}) {
                statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** The URL of this database: Active Objects opens the same database through it, for the app's own tables. */
    public String jdbcUrl() {
        return jdbcUrl(file);
    }

    private static String jdbcUrl(Path file) {
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Writes everything to disk and closes the file; the database is unusable afterwards. */
    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed: nothing more to write.
        } finally {
            pool.dispose();
        }
    }
}
