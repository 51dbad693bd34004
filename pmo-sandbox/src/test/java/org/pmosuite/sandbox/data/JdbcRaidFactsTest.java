package org.pmosuite.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidCellCount;
import org.pmosuite.core.raid.RaidType;

/** The sandbox's JDBC ports over a generated demo portfolio. */
class JdbcRaidFactsTest {

    private static final Actor LEAD = new Actor(PortfolioGenerator.PMO_LEAD, "Margaret Okafor");
    private static final Actor MANAGER = new Actor(PortfolioGenerator.PROJECT_MANAGER, "Daniel Brandt");

    @TempDir
    static Path directory;
    static SandboxDatabase database;

    @BeforeAll
    static void generate() throws Exception {
        database = SandboxDatabase.open(directory);
        new PortfolioGenerator(database, message -> { }).ensurePortfolio(PortfolioSize.DEMO, 42);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theProjectManagerBrowsesAFifthOfTheProjectsAndTheOthersBrowseAll() {
        JdbcProjectAccess access = new JdbcProjectAccess(database);

        List<ProjectRef> managed = access.browsableProjects(MANAGER);
        assertThat(managed).hasSize(4).extracting(ProjectRef::key).isSorted();
        assertThat(access.browsableProjects(LEAD)).hasSize(20).containsAll(managed);
        assertThat(access.browsableProjects(new Actor("viewer", "Sofia Lindqvist"))).hasSize(20);
        assertThat(access.browsableProjects(new Actor("nobody", null))).isEmpty();
    }

    @Test
    void countsOnlyProjectsTheActorMayBrowseEvenWhenTheScopeNamesOthers() throws Exception {
        JdbcRaidFacts facts = new JdbcRaidFacts(database);
        Set<String> everyProject = Set.copyOf(new JdbcProjectAccess(database).browsableProjects(LEAD).stream()
                .map(ProjectRef::key).toList());

        long managerTotal = total(facts.openEntriesByRating(MANAGER, IssueScope.ofProjects(everyProject),
                Set.of()));
        long leadTotal = total(facts.openEntriesByRating(LEAD, IssueScope.ofProjects(everyProject), Set.of()));

        assertThat(managerTotal).isEqualTo(count("""
                SELECT COUNT(*) FROM issue WHERE raid_type IS NOT NULL AND status_category <> 'done'
                AND project_id IN (SELECT project_id FROM project_permission WHERE user_key = 'project-manager')
                AND (security_level_id IS NULL OR security_level_id IN
                     (SELECT level_id FROM issue_security_grant WHERE user_key = 'project-manager'))"""));
        assertThat(leadTotal).isEqualTo(count(
                "SELECT COUNT(*) FROM issue WHERE raid_type IS NOT NULL AND status_category <> 'done'"));
        assertThat(managerTotal).isPositive().isLessThan(leadTotal);
    }

    @Test
    void leavesOutIssuesUnderASecurityLevelTheActorIsNotGranted() throws Exception {
        JdbcRaidFacts facts = new JdbcRaidFacts(database);
        Actor viewer = new Actor(PortfolioGenerator.VIEWER, "Sofia Lindqvist");
        Set<String> everyProject = Set.copyOf(new JdbcProjectAccess(database).browsableProjects(LEAD).stream()
                .map(ProjectRef::key).toList());

        long viewerTotal = total(facts.openEntriesByRating(viewer, IssueScope.ofProjects(everyProject), Set.of()));
        long leadTotal = total(facts.openEntriesByRating(LEAD, IssueScope.ofProjects(everyProject), Set.of()));

        assertThat(viewerTotal).isEqualTo(count("""
                SELECT COUNT(*) FROM issue WHERE raid_type IS NOT NULL AND status_category <> 'done'
                AND security_level_id IS NULL"""));
        assertThat(leadTotal - viewerTotal).isEqualTo(count("""
                SELECT COUNT(*) FROM issue WHERE raid_type IS NOT NULL AND status_category <> 'done'
                AND security_level_id IS NOT NULL""")).isPositive();

        // A grant of one level shows the viewer exactly the open entries under it.
        long level = count("SELECT MIN(security_level_id) FROM issue WHERE open_raid_project IS NOT NULL");
        try (Connection connection = database.connection();
             PreparedStatement grant = connection.prepareStatement(
                     "INSERT INTO issue_security_grant VALUES (?, 'viewer')")) {
            grant.setLong(1, level);
            grant.executeUpdate();
        }
        try {
            assertThat(total(facts.openEntriesByRating(viewer, IssueScope.ofProjects(everyProject), Set.of())))
                    .isEqualTo(viewerTotal + count("SELECT COUNT(*) FROM issue WHERE open_raid_project IS NOT NULL "
                            + "AND security_level_id = " + level));
        } finally {
            try (Connection connection = database.connection();
                 PreparedStatement revoke = connection.prepareStatement(
                         "DELETE FROM issue_security_grant WHERE user_key = 'viewer'")) {
                revoke.executeUpdate();
            }
        }
    }

    @Test
    void filtersByRaidTypeAndCountsMissingRatingsAsZero() throws Exception {
        JdbcRaidFacts facts = new JdbcRaidFacts(database);

        List<RaidCellCount> risks = facts.openEntriesByRating(LEAD, IssueScope.ofProjects(Set.of("PAY")),
                Set.of(RaidType.RISK));

        assertThat(total(risks)).isEqualTo(count("""
                SELECT COUNT(*) FROM issue i JOIN project p ON p.id = i.project_id WHERE p.pkey = 'PAY'
                AND i.raid_type = 'RISK' AND i.status_category <> 'done'"""));
        long unrated = risks.stream().filter(cell -> cell.probability() == 0 || cell.impact() == 0)
                .mapToLong(RaidCellCount::count).sum();
        assertThat(unrated).isEqualTo(count("""
                SELECT COUNT(*) FROM issue i JOIN project p ON p.id = i.project_id WHERE p.pkey = 'PAY'
                AND i.raid_type = 'RISK' AND i.status_category <> 'done'
                AND (i.probability IS NULL OR i.impact IS NULL)"""));
    }

    /**
     * The kept counts follow every kind of write to the issues, in the writer's transaction: a rating changed, an
     * entry resolved, reopened, moved under a security level, deleted, and a rolled-back change that leaves nothing.
     */
    @Test
    void theKeptCountsFollowEveryWriteToTheIssues() throws Exception {
        JdbcRaidFacts facts = new JdbcRaidFacts(database);
        IssueScope project = IssueScope.ofProjects(Set.of(new JdbcProjectAccess(database).browsableProjects(LEAD)
                .get(0).key()));
        long id = count("SELECT MIN(i.id) FROM issue i JOIN project p ON p.id = i.project_id WHERE p.pkey = '"
                + project.projectKeys().iterator().next() + "' AND i.open_raid_project IS NOT NULL "
                + "AND i.security_level_id IS NULL AND i.probability > 1 AND i.impact > 1");
        String oldCell = count("SELECT probability FROM issue WHERE id = " + id) + "x"
                + count("SELECT impact FROM issue WHERE id = " + id);
        Map<String, Long> before = cells(facts.openEntriesByRating(LEAD, project, Set.of()));
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE issue SET probability = 1, impact = 1 WHERE id = " + id);
            Map<String, Long> rerated = cells(facts.openEntriesByRating(LEAD, project, Set.of()));
            assertThat(rerated.get("1x1")).isEqualTo(before.getOrDefault("1x1", 0L) + 1);
            assertThat(rerated.getOrDefault(oldCell, 0L)).isEqualTo(before.get(oldCell) - 1);
            assertThat(total(rerated)).isEqualTo(total(before));

            statement.executeUpdate("UPDATE issue SET status_category = 'done' WHERE id = " + id);
            assertThat(total(facts.openEntriesByRating(LEAD, project, Set.of()))).isEqualTo(total(before) - 1);
            statement.executeUpdate("UPDATE issue SET status_category = 'new' WHERE id = " + id);
            assertThat(total(facts.openEntriesByRating(LEAD, project, Set.of()))).isEqualTo(total(before));

            connection.setAutoCommit(false);
            statement.executeUpdate("DELETE FROM issue WHERE id = " + id);
            connection.rollback();
            connection.setAutoCommit(true);
            assertThat(total(facts.openEntriesByRating(LEAD, project, Set.of()))).isEqualTo(total(before));
        }
        assertThat(count("SELECT COALESCE(SUM(entries), 0) FROM raid_open_cell")).as("kept equals counted")
                .isEqualTo(count("SELECT COUNT(*) FROM issue WHERE open_raid_project IS NOT NULL"));
    }

    private static long total(Map<String, Long> cells) {
        return cells.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> cells(List<RaidCellCount> counts) {
        Map<String, Long> cells = new HashMap<>();
        counts.forEach(cell -> cells.put(cell.probability() + "x" + cell.impact(), cell.count()));
        return cells;
    }

    @Test
    void eachDemoUsersTodayIsTheDayInTheirProfilesTimeZone() {
        JdbcViewerCalendar calendar = new JdbcViewerCalendar(database,
                Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC));

        assertThat(calendar.today(MANAGER)).as("Europe/Berlin").isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(calendar.today(LEAD)).as("Europe/London").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(calendar.today(new Actor("nobody", null))).as("UTC").isEqualTo(LocalDate.of(2026, 12, 1));
    }

    private static long total(List<RaidCellCount> counts) {
        return counts.stream().mapToLong(RaidCellCount::count).sum();
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
