package org.pmosuite.activeobjects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active Objects for one ao module, the way Jira's AO plugin runs it: the real {@link EntityManager} with Atlassian's
 * name converters and the namespace's {@code AO_xxxxxx_} table prefix, managing only its own tables, so it can share a
 * database with other data. {@link #install} runs the module's upgrade tasks newer than the stored model version, in
 * order, then migrates its entities, and stores the new model version.
 *
 * <p>Database: H2 2.x (file or {@code jdbc:h2:mem:NAME;DB_CLOSE_DELAY=-1}) or HSQLDB. A named in-memory H2 database
 * without {@code DB_CLOSE_DELAY=-1} is dropped when its last connection closes, which AO does after every call, so the
 * schema vanishes after {@code migrate} ("database is empty"); {@link #inMemory} always adds it.
 */
public final class ActiveObjectsHost implements AutoCloseable {

    /** Outside the app's prefix, so AO never manages it; Jira keeps the same number in its plugin settings. */
    static final String MODEL_VERSION_TABLE = "SANDBOX_AO_MODEL_VERSION";

    private static final Logger LOG = LoggerFactory.getLogger(ActiveObjectsHost.class);

    private final String namespace;
    private final AoTablePrefix prefix;
    private final EntityManager entityManager;
    private final HostedActiveObjects activeObjects;

    private ActiveObjectsHost(String namespace, AoTablePrefix prefix, EntityManager entityManager) {
        this.namespace = namespace;
        this.prefix = prefix;
        this.entityManager = entityManager;
        this.activeObjects = new HostedActiveObjects(entityManager);
    }

    /**
     * @param jdbcUrl   an H2 or HSQLDB URL
     * @param namespace the ao module's namespace, or the plugin key when it names none
     */
    public static ActiveObjectsHost start(String jdbcUrl, String user, String password, String namespace) {
        AoTablePrefix prefix = AoTablePrefix.forNamespace(namespace);
        EntityManager entityManager = EntityManagerBuilder.url(jdbcUrl).username(user).password(password).none()
                .tableNameConverter(new AtlassianTableNameConverter(prefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .schemaConfiguration((tableName, caseSensitive) -> prefix.owns(tableName))
                .build();
        return new ActiveObjectsHost(namespace, prefix, entityManager);
    }

    /** A fresh, private in-memory H2 database, for tests. */
    public static ActiveObjectsHost inMemory(String namespace) {
        return start("jdbc:h2:mem:ao-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", namespace);
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public AoTablePrefix tablePrefix() {
        return prefix;
    }

    /** The name AO gives an entity's table, prefix included, e.g. {@code AO_3A1F2B_RISK_MATRIX}. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /**
     * Brings the module's tables to its latest model: each upgrade task newer than the stored model version, oldest
     * first, then a migrate of every entity. Running it again changes nothing.
     *
     * @return the model version now stored
     */
    @SafeVarargs
    public final ModelVersion install(List<ActiveObjectsUpgradeTask> upgradeTasks,
            Class<? extends RawEntity<?>>... entities) {
        ModelVersion current = storedModelVersion();
        List<ActiveObjectsUpgradeTask> ordered = new ArrayList<>(upgradeTasks);
        ordered.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        ModelVersion reached = current;
        for (ActiveObjectsUpgradeTask task : ordered) {
            if (task.getModelVersion().isNewerThan(reached)) {
                LOG.info("Upgrading {} from model version {} to {} ({})", namespace, reached,
                        task.getModelVersion(), task.getClass().getSimpleName());
                task.upgrade(reached, activeObjects);
                reached = task.getModelVersion();
                storeModelVersion(reached);
            }
        }
        activeObjects.migrate(entities);
        return reached;
    }

    /** The model version the upgrade tasks last reached; 0 for a namespace never installed. */
    public ModelVersion storedModelVersion() {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            ensureModelVersionTable(connection);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT MODEL_VERSION FROM " + MODEL_VERSION_TABLE + " WHERE NAMESPACE = ?")) {
                select.setString(1, namespace);
                try (ResultSet row = select.executeQuery()) {
                    return ModelVersion.valueOf(row.next() ? row.getString(1) : null);
                }
            }
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("read the model version of " + namespace, e);
        }
    }

    private void storeModelVersion(ModelVersion version) {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            ensureModelVersionTable(connection);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + MODEL_VERSION_TABLE + " SET MODEL_VERSION = ? WHERE NAMESPACE = ?")) {
                update.setString(1, version.toString());
                update.setString(2, namespace);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO " + MODEL_VERSION_TABLE + " (NAMESPACE, MODEL_VERSION) VALUES (?, ?)")) {
                        insert.setString(1, namespace);
                        insert.setString(2, version.toString());
                        insert.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException("store the model version of " + namespace, e);
        }
    }

    private static void ensureModelVersionTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (MODEL_VERSION_TABLE.equals(tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT))) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE " + MODEL_VERSION_TABLE
                    + " (NAMESPACE VARCHAR(255) NOT NULL PRIMARY KEY, MODEL_VERSION VARCHAR(20) NOT NULL)");
        }
    }

    /** Releases the database connections; an in-memory database is then gone. */
    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
