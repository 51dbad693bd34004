package org.pmosuite.jira.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.RawEntity;
import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.activeobjects.ActiveObjectsHost;
import org.pmosuite.core.portfolio.AuditAction;
import org.pmosuite.core.portfolio.PortfolioRepository;
import org.pmosuite.core.portfolio.PortfolioRepositoryContract;
import org.pmosuite.core.portfolio.RankKey;
import org.pmosuite.core.portfolio.RankPlacement;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.jira.platform.ao.AppActiveObjects;
import org.pmosuite.jira.portfolio.ao.CategoryCapEntity;
import org.pmosuite.jira.portfolio.ao.CriterionEntity;
import org.pmosuite.jira.portfolio.ao.IntakeDecisionEntity;
import org.pmosuite.jira.portfolio.ao.IntakeInputEntity;
import org.pmosuite.jira.portfolio.ao.IntakeRequestEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioAuditEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioOwnerEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioScopeEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioVersionEntity;
import org.pmosuite.jira.portfolio.ao.RankPlacementEntity;
import org.pmosuite.jira.portfolio.ao.ScenarioEntity;
import org.pmosuite.jira.portfolio.ao.ScenarioForcingEntity;

/**
 * The production repository on the real Active Objects library, over an in-memory H2 database; and what one move
 * costs the database, counted by H2 itself: rows through row triggers, statements through its query statistics.
 */
class AoPortfolioRepositoryTest extends PortfolioRepositoryContract {

    private static final String USER = "sa";

    @SuppressWarnings("unchecked")
    private static final Class<? extends RawEntity<?>>[] PORTFOLIO_TABLES = new Class[] {PortfolioEntity.class,
        PortfolioVersionEntity.class, PortfolioScopeEntity.class, PortfolioOwnerEntity.class, CriterionEntity.class,
        CategoryCapEntity.class, RankPlacementEntity.class, PortfolioAuditEntity.class, ScenarioEntity.class,
        ScenarioForcingEntity.class, IntakeRequestEntity.class, IntakeInputEntity.class, IntakeDecisionEntity.class};

    private String jdbcUrl;
    private ActiveObjectsHost host;

    @Override
    protected PortfolioRepository emptyRepository() {
        jdbcUrl = "jdbc:h2:mem:portfolio-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        host = AppActiveObjects.installedAt(jdbcUrl, USER, "");
        return new AoPortfolioRepository(host.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        host.close();
    }

    /**
     * The large board's 2,000 placements are inserted in one JDBC batch, as the repository would store them: 2,000
     * moves would add half a minute to the suite.
     */
    @Test
    void aMoveWritesAsManyRowsOnABoardOfTwoThousandPlacementsAsOnABoardOfOne() throws Exception {
        StoredPortfolio small = created("Small");
        StoredPortfolio large = created("Large");
        repository().place(small.id(), 1, moved(1, PAY, key(1, "i")), 0, moveAudit(small.id(), 1, PAY, T0));

        try (Connection connection = DriverManager.getConnection(jdbcUrl, USER, "")) {
            insertPlacements(connection, large.id(), 2_000);
            assertThat(repository().placements(large.id(), Set.of(PAY, HR))).hasSize(2_000);
            countRowsWritten(connection);

            Map<String, Integer> smallMove = rowsWrittenBy(() -> repository().place(small.id(), 1,
                    moved(1, PAY, key(0.5, "i")), 1, moveAudit(small.id(), 1, PAY, T0)));
            Map<String, Integer> largeMove = rowsWrittenBy(() -> repository().place(large.id(), 1_000,
                    moved(1_000, PAY, key(0.5, "i")), 0, moveAudit(large.id(), 1_000, PAY, T0)));

            assertThat(largeMove).isEqualTo(smallMove).isEqualTo(Map.of(
                    host.tableName(PortfolioVersionEntity.class), 2,
                    host.tableName(RankPlacementEntity.class), 2,
                    host.tableName(PortfolioAuditEntity.class), 1));

            Map<String, Integer> firstPlacement = rowsWrittenBy(() -> repository().place(large.id(), 5_000,
                    moved(5_000, PAY, key(0.25, "i")), 1, moveAudit(large.id(), 5_000, PAY, T0)));
            assertThat(firstPlacement.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        }
        assertThat(repository().placements(large.id(), Set.of(PAY, HR))).hasSize(2_001);
        assertThat(repository().placementsOf(large.id(), Set.of(1_000L)).get(1_000L).key()).isEqualTo(key(0.5, "i"));
        assertThat(repository().portfolio(large.id()).orElseThrow().rankVersion()).isEqualTo(2);
    }

    /** More keys than one IN list holds are rewritten in one transaction, with one row per key. */
    @Test
    void aRebalanceRewritesMorePlacementsThanOneInListHolds() throws Exception {
        StoredPortfolio stored = created("Large");
        Map<Long, RankKey> keys = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, USER, "")) {
            insertPlacements(connection, stored.id(), 1_500);
            for (long issue = 1; issue <= 1_500; issue++) {
                keys.put(issue, key(issue, "r"));
            }
            countRowsWritten(connection);

            Map<String, Integer> rows = rowsWrittenBy(() -> assertThat(repository().rebalance(stored.id(), keys, 0,
                    portfolioAudit(stored.id(), AuditAction.RANKS_REBALANCED, T0))).isEqualTo(1));

            assertThat(rows).containsEntry(host.tableName(RankPlacementEntity.class), 1_500);
        }
        Map<Long, RankPlacement> read = repository().placements(stored.id(), Set.of(PAY, HR));
        assertThat(read).hasSize(1_500);
        read.forEach((issue, placement) -> assertThat(placement.key()).isEqualTo(keys.get(issue)));
    }

    @Test
    void aMoveAndTheReadsOfABoardTakeAsManyStatementsWhateverItsSize() throws Exception {
        StoredPortfolio small = created("Small");
        StoredPortfolio large = created("Large");
        repository().place(small.id(), 1, moved(1, PAY, key(1, "i")), 0, moveAudit(small.id(), 1, PAY, T0));

        try (Connection connection = DriverManager.getConnection(jdbcUrl, USER, "")) {
            insertPlacements(connection, large.id(), 500);
            int smallMove = statementsRunBy(connection, () -> repository().place(small.id(), 1,
                    moved(1, PAY, key(0.5, "i")), 1, moveAudit(small.id(), 1, PAY, T0)));
            int largeMove = statementsRunBy(connection, () -> repository().place(large.id(), 7,
                    moved(7, PAY, key(0.5, "i")), 0, moveAudit(large.id(), 7, PAY, T0)));
            int smallRead = statementsRunBy(connection, () -> {
                repository().placements(small.id(), Set.of(PAY, HR));
                repository().portfolio(small.id());
                repository().audit(small.id(), Set.of(PAY), 0, 50);
            });
            int largeRead = statementsRunBy(connection, () -> {
                repository().placements(large.id(), Set.of(PAY, HR));
                repository().portfolio(large.id());
                repository().audit(large.id(), Set.of(PAY), 0, 50);
            });

            assertThat(largeMove).isEqualTo(smallMove).isPositive().isLessThanOrEqualTo(7);
            assertThat(largeRead).isEqualTo(smallRead).isPositive().isLessThanOrEqualTo(10);
        }
    }

    @Test
    void readingEveryPortfolioTakesOneQueryPerTableWhateverTheirNumber() throws Exception {
        created("One");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, USER, "")) {
            int one = statementsRunBy(connection, () -> assertThat(repository().portfolios()).hasSize(1));
            for (int i = 0; i < 30; i++) {
                created("Portfolio " + i);
            }
            int many = statementsRunBy(connection, () -> assertThat(repository().portfolios()).hasSize(31));

            assertThat(many).isEqualTo(one).isPositive().isLessThanOrEqualTo(7);
        }
    }

    // ------------------------------------------------------------------------------------------ H2 counting

    private void countRowsWritten(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Class<? extends RawEntity<?>> entity : PORTFOLIO_TABLES) {
                String table = host.tableName(entity);
                statement.execute("CREATE TRIGGER \"COUNT_" + table + "\" AFTER INSERT, UPDATE, DELETE ON \""
                        + table + "\" FOR EACH ROW CALL \"" + RowCounter.class.getName() + "\"");
            }
        }
    }

    /** Placements of issues 1 to {@code count}, in two projects, as {@link AoPortfolioRepository#place} stores them. */
    private void insertPlacements(Connection connection, long portfolioId, int count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \""
                + host.tableName(RankPlacementEntity.class) + "\" (PORTFOLIO_ID, ISSUE_ID, PROJECT_ID, POSITION_BITS,"
                + " TIEBREAK, FORCING, DECIDED_BY, DECIDED_AT, REASON) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long issue = 1; issue <= count; issue++) {
                insert.setLong(1, portfolioId);
                insert.setLong(2, issue);
                insert.setLong(3, issue % 2 == 0 ? PAY : HR);
                insert.setLong(4, Double.doubleToLongBits(issue));
                insert.setString(5, "i");
                insert.setString(6, "NONE");
                insert.setString(7, PMO_LEAD.userKey());
                insert.setTimestamp(8, Timestamp.from(T0));
                insert.setString(9, "moved up");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<String, Integer> rowsWrittenBy(Runnable write) {
        RowCounter.ROWS.clear();
        write.run();
        Map<String, Integer> rows = new TreeMap<>();
        RowCounter.ROWS.forEach((table, count) -> rows.put(table, count.get()));
        return rows;
    }

    /** How many statements H2 ran for {@code work}, over every connection. */
    private static int statementsRunBy(Connection connection, Runnable work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
            statement.execute("SET QUERY_STATISTICS TRUE");
            work.run();
            int statements = 0;
            try (ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM "
                    + "INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rows.next()) {
                    if (!rows.getString(1).contains("INFORMATION_SCHEMA") && !rows.getString(1).startsWith("SET ")) {
                        statements += rows.getInt(2);
                    }
                }
            }
            statement.execute("SET QUERY_STATISTICS FALSE");
            return statements;
        }
    }

    /** An H2 row trigger that counts the rows written to each table it is put on. */
    public static final class RowCounter implements Trigger {
        static final Map<String, AtomicInteger> ROWS = new ConcurrentHashMap<>();

        private String table;

        @Override
        public void init(Connection connection, String schema, String trigger, String table, boolean before,
                int type) {
            this.table = table;
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
            ROWS.computeIfAbsent(table, name -> new AtomicInteger()).incrementAndGet();
        }
    }
}
