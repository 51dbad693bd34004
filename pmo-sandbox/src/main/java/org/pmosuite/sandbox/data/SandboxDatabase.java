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
            browses_all BOOLEAN NOT NULL,
            -- A user one logs in as in the demo (listed in the switcher); the other users are people who own RAID
            -- entries and are named in them.
            demo_login BOOLEAN DEFAULT TRUE NOT NULL,
            -- The time zone of the user's profile, for their "today" (as Jira keeps one per user).
            time_zone VARCHAR(40) DEFAULT 'UTC' NOT NULL)
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
        -- Jira's "Edit Issues" project permission: who may edit a project's issues (those of them they may see).
        -- Browsing is apart: a user who browses every project (the viewer) edits only where granted here.
        CREATE TABLE IF NOT EXISTS project_edit_permission (
            user_key VARCHAR(64) NOT NULL REFERENCES sandbox_user(user_key),
            project_id INT NOT NULL REFERENCES project(id),
            PRIMARY KEY (user_key, project_id))
        """,
        """
        -- Jira's global permissions held by a user, such as the app's PMO lead permission.
        CREATE TABLE IF NOT EXISTS global_permission_grant (
            permission_key VARCHAR(64) NOT NULL,
            user_key VARCHAR(64) NOT NULL REFERENCES sandbox_user(user_key),
            PRIMARY KEY (permission_key, user_key))
        """,
        """
        -- Jira's issue security: a level belongs to a project's security scheme, and a user sees an issue set to a
        -- level only when granted that level (on top of browsing the project). Administrators are no exception.
        CREATE TABLE IF NOT EXISTS issue_security_level (
            id BIGINT PRIMARY KEY,
            project_id INT NOT NULL REFERENCES project(id),
            name VARCHAR(255) NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS issue_security_grant (
            level_id BIGINT NOT NULL REFERENCES issue_security_level(id),
            user_key VARCHAR(64) NOT NULL REFERENCES sandbox_user(user_key),
            PRIMARY KEY (level_id, user_key))
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
            -- The RAID custom fields a Jira issue carries: RISK, ASSUMPTION, ISSUE or DEPENDENCY, else NULL.
            raid_type VARCHAR(12),
            probability TINYINT,
            impact TINYINT,
            -- Probability x impact when both are rated, as the app's calculated score field would hold it.
            raid_score TINYINT GENERATED ALWAYS AS (probability * impact),
            -- The RAID owner (a user picker), which may be empty.
            owner_user_key VARCHAR(64),
            -- RESOLVED, OWNED, ACCEPTED or MITIGATED, or NULL while not yet ROAMed.
            roam_status VARCHAR(10),
            -- The response (mitigation or action) plan: a multi-line text field, Jira's default limit.
            response_plan VARCHAR(32767),
            -- When a risk could materialise, or an issue hits.
            proximity_date DATE,
            -- When the entry is next due for review.
            review_date DATE,
            -- When an assumption must be validated by.
            validate_by DATE,
            -- The issue a dependency waits on, in this or another project, and when it is needed.
            depends_on_issue_id BIGINT,
            need_by DATE,
            created TIMESTAMP NOT NULL,
            updated TIMESTAMP NOT NULL,
            resolved TIMESTAMP,
            -- NULL: anyone who browses the project sees the issue.
            security_level_id BIGINT,
            -- The project of an open RAID entry, else NULL: indexed, it works as a partial index of open entries.
            open_raid_project INT GENERATED ALWAYS AS
                (CASE WHEN raid_type IS NOT NULL AND status_category <> 'done' THEN project_id END))
        """,
        """
        -- An issue's description, kept apart for the few issues that have one (those the app creates, such as an
        -- accepted intake request), so the generated issues stay narrow. Jira's own limit is 32,767 characters.
        CREATE TABLE IF NOT EXISTS issue_description (
            issue_id BIGINT PRIMARY KEY,
            description VARCHAR(40000) NOT NULL)
        """,
        """
        -- The fields a portfolio reads of an issue, one row per issue that carries any (the generator gives one to
        -- every Epic and Initiative): the app's scoring input custom fields (NULL where not filled in, never 0), the
        -- estimates in each capacity unit, the Theme (a select list custom field) and the assignee, which the
        -- sandbox keeps for these issues only. Apart from the issue table, so a million issues stay narrow.
        CREATE TABLE IF NOT EXISTS initiative_field (
            issue_id BIGINT PRIMARY KEY,
            -- WSJF: SAFe's modified Fibonacci 1, 2, 3, 5, 8, 13, 20.
            business_value DOUBLE PRECISION,
            time_criticality DOUBLE PRECISION,
            risk_reduction DOUBLE PRECISION,
            job_size DOUBLE PRECISION,
            -- RICE and ICE: reach per quarter, impact 3, 2, 1, 0.5, 0.25, confidence in percent, effort in
            -- person-months, ease 1 to 10.
            reach DOUBLE PRECISION,
            impact DOUBLE PRECISION,
            confidence DOUBLE PRECISION,
            effort DOUBLE PRECISION,
            ease DOUBLE PRECISION,
            -- MoSCoW: 4 Must, 3 Should, 2 Could, 1 Won't.
            moscow DOUBLE PRECISION,
            -- CD3: cost of delay per week, duration in weeks.
            cost_of_delay DOUBLE PRECISION,
            duration_weeks DOUBLE PRECISION,
            story_points DOUBLE PRECISION,
            person_days DOUBLE PRECISION,
            budget DOUBLE PRECISION,
            theme VARCHAR(60),
            assignee_user_key VARCHAR(64))
        """,
        """
        -- The host configuration RAID setup reads and changes, as Jira holds it: custom fields (known by the key of
        -- their type), issue types, issue type schemes, and the screens a project uses for each issue operation.
        CREATE TABLE IF NOT EXISTS custom_field (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            type_key VARCHAR(255) NOT NULL,
            name VARCHAR(255) NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS issue_type (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name VARCHAR(60) NOT NULL UNIQUE)
        """,
        """
        CREATE TABLE IF NOT EXISTS issue_type_scheme (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name VARCHAR(255) NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS issue_type_scheme_entry (
            scheme_id BIGINT NOT NULL REFERENCES issue_type_scheme(id),
            issue_type_id BIGINT NOT NULL REFERENCES issue_type(id),
            PRIMARY KEY (scheme_id, issue_type_id))
        """,
        """
        CREATE TABLE IF NOT EXISTS screen (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name VARCHAR(255) NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS screen_field (
            screen_id BIGINT NOT NULL REFERENCES screen(id),
            field_id BIGINT NOT NULL REFERENCES custom_field(id),
            position INT NOT NULL,
            PRIMARY KEY (screen_id, field_id))
        """,
        """
        -- One row per project: its issue type scheme and its screen for each issue operation.
        CREATE TABLE IF NOT EXISTS project_configuration (
            project_id INT PRIMARY KEY REFERENCES project(id),
            issue_type_scheme_id BIGINT NOT NULL REFERENCES issue_type_scheme(id),
            create_screen_id BIGINT NOT NULL REFERENCES screen(id),
            edit_screen_id BIGINT NOT NULL REFERENCES screen(id),
            view_screen_id BIGINT NOT NULL REFERENCES screen(id))
        """,
        """
        -- Open RAID entries counted per project, security level (0: none), RAID type, issue type and rating cell
        -- (0: not rated), kept equal to the issue table by OpenRaidCellTrigger: what the heat map sums.
        CREATE TABLE IF NOT EXISTS raid_open_cell (
            project_id INT NOT NULL,
            security_level_id BIGINT NOT NULL,
            raid_type VARCHAR(12) NOT NULL,
            issue_type VARCHAR(20) NOT NULL,
            probability TINYINT NOT NULL,
            impact TINYINT NOT NULL,
            entries BIGINT NOT NULL,
            PRIMARY KEY (project_id, security_level_id, raid_type, issue_type, probability, impact))
        """
    };

    private static final String CELL_TRIGGER = "CREATE TRIGGER IF NOT EXISTS issue_open_raid_cells AFTER INSERT, "
            + "UPDATE, DELETE ON issue FOR EACH ROW CALL '" + OpenRaidCellTrigger.class.getName() + "'";

    /** Created after a bulk load, which is faster than maintaining them row by row. */
    private static final String[] INDEXES = {
        // Covers the RAID heat map: open entries by project and type, grouped by the ratings, with the issue's
        // security level so that hidden entries are left out without reading the rows.
        "CREATE INDEX IF NOT EXISTS issue_open_raid ON issue(open_raid_project, raid_type, probability, impact, "
                + "security_level_id)",
        "CREATE INDEX IF NOT EXISTS issue_project_status ON issue(project_id, status_category)",
        // The log's default order: a page in score order reads one score's entries at a time.
        "CREATE INDEX IF NOT EXISTS issue_raid_score ON issue(raid_score, open_raid_project)",
        "CREATE INDEX IF NOT EXISTS project_permission_project ON project_permission(project_id)",
        // A portfolio's page: one issue type's issues in id order from a given id, read no further than the page,
        // with what decides whether the page holds an issue (project, security level, status for a JQL filter), so
        // that the issues of other projects and hidden ones are passed over without reading their rows.
        "CREATE INDEX IF NOT EXISTS issue_portfolio ON issue(issue_type, id, project_id, security_level_id, status)",
        "CREATE INDEX IF NOT EXISTS issue_security_grant_user ON issue_security_grant(user_key)",
        // One issue by its key (a rank move's three initiatives, an inline edit): without it H2 read every issue of
        // the project to find one, about 0.7 s per initiative on the enterprise preset.
        "CREATE INDEX IF NOT EXISTS issue_project_num ON issue(project_id, issue_num)"
    };

    public static final String USER = "sa";
    public static final String PASSWORD = "";
    private static final int MAX_MEMORY_ROWS = 20_000;

    private final JdbcConnectionPool pool;
    private final Path file;
    private final Object issueWrites = new Object();

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
            statement.execute(CELL_TRIGGER);
        } catch (SQLException e) {
            pool.dispose();
            throw e;
        }
        return database;
    }

    /**
     * The lock held while an adapter creates an issue: issue ids and numbers are taken as the next free ones, so two
     * creations at once (a RAID entry and an accepted intake request) must not take the same.
     */
    public Object issueWrites() {
        return issueWrites;
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

    /** Stops keeping the cell counts, for a bulk load; {@link #recountCells} counts them again and resumes. */
    void suspendCellCounts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS issue_open_raid_cells");
        }
    }

    /** Counts every open RAID entry into {@code raid_open_cell} afresh, then keeps the counts row by row again. */
    void recountCells(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM raid_open_cell");
            statement.execute("""
                    INSERT INTO raid_open_cell SELECT project_id, COALESCE(security_level_id, 0), raid_type,
                        issue_type, COALESCE(probability, 0), COALESCE(impact, 0), COUNT(*)
                    FROM issue WHERE open_raid_project IS NOT NULL
                    GROUP BY project_id, COALESCE(security_level_id, 0), raid_type, issue_type,
                        COALESCE(probability, 0), COALESCE(impact, 0)""");
            statement.execute(CELL_TRIGGER);
        }
    }

    /** Drops and re-creates every table, for a portfolio whose generation was interrupted. */
    void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[] {"raid_open_cell", "project_configuration", "screen_field", "screen",
                "issue_type_scheme_entry", "issue_type_scheme", "issue_type", "custom_field", "initiative_field",
                "issue_description",
                "issue", "issue_security_grant", "issue_security_level", "global_permission_grant",
                "project_edit_permission", "project_permission", "project", "sandbox_user", "sandbox_meta"}) {
                statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
            statement.execute(CELL_TRIGGER);
        }
    }

    public Path file() {
        return file;
    }

    /** The URL of this database: Active Objects opens the same database through it, for the app's own tables. */
    public String jdbcUrl() {
        return jdbcUrl(file);
    }

    /**
     * A result larger than {@value #MAX_MEMORY_ROWS} rows (an export's ordered ids, a sort over a whole register)
     * goes to a temporary file rather than the heap, so no query holds a large portfolio in memory.
     */
    private static String jdbcUrl(Path file) {
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;MAX_MEMORY_ROWS=" + MAX_MEMORY_ROWS;
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
