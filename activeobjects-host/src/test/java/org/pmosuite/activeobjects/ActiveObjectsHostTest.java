package org.pmosuite.activeobjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The facade over AO's real EntityManager, on both databases AO's own test runner supports. */
class ActiveObjectsHostTest {

    private static final String NAMESPACE = "org.pmosuite.pmo-jira-plugin";

    private final List<ActiveObjectsHost> hosts = new ArrayList<>();

    static Stream<String> databases() {
        return Stream.of("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "jdbc:hsqldb:mem:" + UUID.randomUUID());
    }

    private ActiveObjectsHost host(String url) {
        ActiveObjectsHost host = ActiveObjectsHost.start(url, "sa", "", NAMESPACE);
        hosts.add(host);
        return host;
    }

    @AfterEach
    void close() {
        hosts.forEach(ActiveObjectsHost::close);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesFindsCountsAndDeletesThroughTheRealEntityManager(String url) {
        ActiveObjects ao = host(url).activeObjects();
        ao.migrate(ProbeEntity.class);

        ProbeEntity created = ao.create(ProbeEntity.class, Map.of("NAME", "Vendor lock-in", "VERSION", 1L));
        String note = "<script>alert('x')</script> \u202e ünïcode " + "long ".repeat(200);
        created.setNote(note);
        created.save();
        ao.create(ProbeEntity.class, Map.of("NAME", "Budget cut", "VERSION", 1L));

        ProbeEntity[] found = ao.find(ProbeEntity.class, "NAME = ?", "Vendor lock-in");
        assertThat(found).hasSize(1);
        assertThat(found[0].getNote()).as("an unlimited text column keeps every character").isEqualTo(note);
        assertThat(ao.count(ProbeEntity.class, "VERSION = ?", 1L)).isEqualTo(2);
        assertThat(ao.find(ProbeEntity.class, Query.select().where("NAME = ?", "Budget cut"))).hasSize(1);

        assertThat(ao.deleteWithSQL(ProbeEntity.class, "NAME = ?", "Budget cut")).isEqualTo(1);
        ao.delete(found);
        assertThat(ao.count(ProbeEntity.class, "VERSION = ?", 1L)).isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tablesCarryThePrefixJiraDerivesFromTheNamespace(String url) throws Exception {
        ActiveObjectsHost host = host(url);
        host.activeObjects().migrate(ProbeEntity.class);

        // MD5("org.pmosuite.pmo-jira-plugin") ends in the six hex digits of the prefix.
        assertThat(host.tablePrefix().value()).matches("AO_[0-9A-F]{6}_");
        assertThat(host.tableName(ProbeEntity.class)).isEqualTo(host.tablePrefix().value() + "HOST_PROBE");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, null, "%HOST_PROBE", null)) {
            assertThat(tables.next()).isTrue();
            assertThat(tables.getString("TABLE_NAME")).isEqualToIgnoringCase(host.tableName(ProbeEntity.class));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailingTransactionLeavesNothingBehind(String url) {
        ActiveObjects ao = host(url).activeObjects();
        ao.migrate(ProbeEntity.class);

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(ProbeEntity.class, Map.of("NAME", "half done", "VERSION", 1L));
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(ProbeEntity.class, "NAME = ?", "half done")).isZero();
        assertThat(ao.executeInTransaction(() -> ao.create(ProbeEntity.class, Map.of("NAME", "done", "VERSION", 1L))
                .getName())).isEqualTo("done");
        assertThat(ao.count(ProbeEntity.class, "NAME = ?", "done")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void criteriaWithLiteralValuesAreRefused(String url) {
        ActiveObjects ao = host(url).activeObjects();
        ao.migrate(ProbeEntity.class);

        assertThatThrownBy(() -> ao.find(ProbeEntity.class, "NAME = 'x' OR 1 = 1"))
                .isInstanceOf(UnparameterisedQueryException.class);
        assertThatThrownBy(() -> ao.count(ProbeEntity.class, "VERSION > 0"))
                .isInstanceOf(UnparameterisedQueryException.class);
        assertThatThrownBy(() -> ao.find(ProbeEntity.class, Query.select().where("NAME = \"x\"")))
                .isInstanceOf(UnparameterisedQueryException.class);
        assertThat(ao.find(ProbeEntity.class, "NAME = ? AND VERSION > ?", "x", 0L)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void installRunsNewerUpgradeTasksInOrderOnceAndStoresTheModelVersion(String url) {
        ActiveObjectsHost host = host(url);
        List<String> ran = new ArrayList<>();
        List<ActiveObjectsUpgradeTask> tasks = List.of(task("2", ran), task("1", ran));

        assertThat(host.storedModelVersion()).isEqualTo(ModelVersion.valueOf("0"));
        assertThat(host.install(tasks, ProbeEntity.class)).isEqualTo(ModelVersion.valueOf("2"));
        assertThat(ran).containsExactly("1 from 0", "2 from 1");

        assertThat(host.install(tasks, ProbeEntity.class)).isEqualTo(ModelVersion.valueOf("2"));
        assertThat(ran).as("a second start runs no task again").hasSize(2);
        assertThat(host.storedModelVersion()).isEqualTo(ModelVersion.valueOf("2"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTableOutsideThePrefixIsLeftAlone(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE SANDBOX_ISSUE (ID INT PRIMARY KEY)");
            connection.createStatement().execute("INSERT INTO SANDBOX_ISSUE VALUES (7)");
        }
        host(url).activeObjects().migrate(ProbeEntity.class);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT ID FROM SANDBOX_ISSUE")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
    }

    /**
     * Why H2 once looked unusable with AO ("database is empty"): AO closes its connection after every call, and a
     * named in-memory H2 database is dropped with its last connection unless the URL says DB_CLOSE_DELAY=-1.
     */
    @Test
    void anInMemoryH2DatabaseWithoutCloseDelayLosesTheSchemaAfterEveryCall() {
        ActiveObjects ao = host("jdbc:h2:mem:" + UUID.randomUUID()).activeObjects();
        ao.migrate(ProbeEntity.class);

        assertThatThrownBy(() -> ao.count(ProbeEntity.class, "NAME = ?", "x"))
                .isInstanceOf(ActiveObjectsSqlException.class).hasMessageContaining("not found");
    }

    private static ActiveObjectsUpgradeTask task(String version, List<String> ran) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion current, ActiveObjects ao) {
                ao.migrate(ProbeEntity.class);
                ran.add(version + " from " + current);
            }
        };
    }
}
