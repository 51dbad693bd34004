package org.pmosuite.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.InitiativeNotEditableException;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * What the generator makes of the demo preset with the default seed, recorded here with this test's own SQL, and
 * checked to look like a real RAID log: every "needs attention" rule is hit, some dependencies cross projects, some
 * entries are under issue security, and the ratings are skewed; and like a real portfolio: epics and initiatives with
 * scoring inputs on their scales, a few missing, themes, assignees and titles that need escaping.
 *
 * <p>The recorded figures are pinned: each part of the generator has its own random numbers, so adding data for
 * another feature must not change them. Change them only when the RAID, security or portfolio data is meant to
 * change.
 */
class GeneratedPortfolioTest {

    /** Any time will do: the generated dates are relative to it. */
    private static final Instant GENERATED = Instant.parse("2026-03-02T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(GENERATED, ZoneOffset.UTC);

    /** An open RAID entry: its status category is not Done, as in {@code RaidFactsContract}. */
    private static final String OPEN = "i.raid_type IS NOT NULL AND i.status_category <> 'done'";

    /** The four rules by which a RAID entry needs attention; each binds today's date once. */
    static final Map<String, String> NEEDS_ATTENTION = new LinkedHashMap<>();

    static {
        NEEDS_ATTENTION.put("review overdue", OPEN + " AND i.review_date < ?");
        NEEDS_ATTENTION.put("assumption not validated in time", OPEN
                + " AND i.raid_type = 'ASSUMPTION' AND i.validate_by < ?");
        NEEDS_ATTENTION.put("dependency late", OPEN + " AND i.raid_type = 'DEPENDENCY' AND i.need_by < ?"
                + " AND EXISTS (SELECT 1 FROM issue d WHERE d.id = i.depends_on_issue_id"
                + " AND d.status_category <> 'done')");
        NEEDS_ATTENTION.put("high risk without a plan", OPEN + " AND i.raid_type = 'RISK'"
                + " AND i.probability * i.impact >= 11 AND TRIM(COALESCE(i.response_plan, '')) = ''"
                + " AND CAST(? AS DATE) IS NOT NULL");
    }

    @TempDir
    static Path directory;
    static SandboxDatabase database;

    @BeforeAll
    static void generate() throws Exception {
        database = SandboxDatabase.open(directory);
        new PortfolioGenerator(database, message -> { }, Clock.fixed(GENERATED, ZoneOffset.UTC))
                .ensurePortfolio(PortfolioSize.DEMO, 42);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void recordsWhatTheGeneratorMade() throws Exception {
        Map<String, Long> made = new LinkedHashMap<>();
        made.put("issues", count("SELECT COUNT(*) FROM issue i"));
        for (String type : List.of("RISK", "ISSUE", "ASSUMPTION", "DEPENDENCY")) {
            made.put(type, count("SELECT COUNT(*) FROM issue i WHERE i.raid_type = ?", type));
            made.put("open " + type, count("SELECT COUNT(*) FROM issue i WHERE " + OPEN + " AND i.raid_type = ?",
                    type));
        }
        for (Map.Entry<String, String> rule : NEEDS_ATTENTION.entrySet()) {
            made.put(rule.getKey(), count("SELECT COUNT(*) FROM issue i WHERE " + rule.getValue(), today()));
        }
        made.put("needs attention", count("SELECT COUNT(*) FROM issue i WHERE "
                + String.join(" OR ", NEEDS_ATTENTION.values().stream().map(rule -> "(" + rule + ")").toList()),
                today(), today(), today(), today()));
        made.put("cross-project dependencies", count("SELECT COUNT(*) FROM issue i JOIN issue d"
                + " ON d.id = i.depends_on_issue_id WHERE d.project_id <> i.project_id"));
        made.put("secured RAID entries", count("SELECT COUNT(*) FROM issue i WHERE i.raid_type IS NOT NULL"
                + " AND i.security_level_id IS NOT NULL"));
        made.put("secured other issues", count("SELECT COUNT(*) FROM issue i WHERE i.raid_type IS NULL"
                + " AND i.security_level_id IS NOT NULL"));
        made.put("security levels", count("SELECT COUNT(*) FROM issue_security_level"));
        made.put("unowned RAID entries", count("SELECT COUNT(*) FROM issue i WHERE i.raid_type IS NOT NULL"
                + " AND i.owner_user_key IS NULL"));
        made.put("hostile response plans", count("SELECT COUNT(*) FROM issue i WHERE REGEXP_LIKE(i.response_plan,"
                + " '^([=+@]|-[0-9])|<|\\x{202E}|\\x{200F}|\\$\\{')"));
        made.forEach((what, count) -> System.out.printf("%-34s %,8d%n", what, count));

        Map<String, Long> recorded = new LinkedHashMap<>();
        recorded.put("issues", 5_000L);
        recorded.put("RISK", 589L);
        recorded.put("open RISK", 415L);
        recorded.put("ISSUE", 353L);
        recorded.put("open ISSUE", 253L);
        recorded.put("ASSUMPTION", 234L);
        recorded.put("open ASSUMPTION", 172L);
        recorded.put("DEPENDENCY", 293L);
        recorded.put("open DEPENDENCY", 216L);
        recorded.put("review overdue", 200L);
        recorded.put("assumption not validated in time", 47L);
        recorded.put("dependency late", 28L);
        recorded.put("high risk without a plan", 20L);
        recorded.put("needs attention", 272L);
        recorded.put("cross-project dependencies", 98L);
        recorded.put("secured RAID entries", 82L);
        recorded.put("secured other issues", 67L);
        recorded.put("security levels", 10L);
        recorded.put("unowned RAID entries", 99L);
        recorded.put("hostile response plans", 18L);
        assertThat(made).containsExactlyEntriesOf(recorded);
    }

    @Test
    void everyNeedsAttentionRuleIsHitAFewTimes() throws Exception {
        for (Map.Entry<String, String> rule : NEEDS_ATTENTION.entrySet()) {
            assertThat(count("SELECT COUNT(*) FROM issue i WHERE " + rule.getValue(), today()))
                    .as(rule.getKey()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void aShareOfTheDependenciesCrossProjectsAndSomeOfThoseWaitOnLateUnresolvedIssues() throws Exception {
        long dependencies = count("SELECT COUNT(*) FROM issue i WHERE i.depends_on_issue_id IS NOT NULL");
        long crossProject = count("SELECT COUNT(*) FROM issue i JOIN issue d ON d.id = i.depends_on_issue_id"
                + " WHERE d.project_id <> i.project_id");
        long lateCrossProject = count("SELECT COUNT(*) FROM issue i JOIN issue d ON d.id = i.depends_on_issue_id"
                + " WHERE d.project_id <> i.project_id AND d.status_category <> 'done' AND i.need_by < ?"
                + " AND i.status_category <> 'done'", today());

        assertThat(crossProject).isBetween(dependencies / 5, dependencies / 2);
        assertThat(lateCrossProject).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE i.depends_on_issue_id IS NOT NULL"
                + " AND (i.raid_type <> 'DEPENDENCY' OR i.depends_on_issue_id = i.id"
                + " OR i.depends_on_issue_id NOT IN (SELECT id FROM issue))")).as("dangling or odd links").isZero();
    }

    @Test
    void ratingsAreSkewedTowardsTheMiddleAndDifferByProject() throws Exception {
        List<Long> byProbability = new ArrayList<>();
        for (int rating = 1; rating <= 5; rating++) {
            byProbability.add(count("SELECT COUNT(*) FROM issue i WHERE i.probability = ?", rating));
        }
        assertThat(byProbability.get(2)).as("3 is the most common rating").isEqualTo(
                byProbability.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(byProbability.get(2)).as("far from uniform").isGreaterThan(2 * byProbability.get(4));
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE i.raid_score <> i.probability * i.impact"
                + " OR (i.raid_score IS NULL) <> (i.probability IS NULL OR i.impact IS NULL)")).isZero();
        List<String> averages = strings("SELECT CAST(AVG(CAST(raid_score AS DOUBLE)) AS DECIMAL(4, 1)) FROM issue"
                + " GROUP BY project_id ORDER BY 1");
        assertThat(Double.parseDouble(averages.get(averages.size() - 1)) - Double.parseDouble(averages.get(0)))
                .as("the projects' risk appetites").isGreaterThan(1.0);
    }

    @Test
    void closedEntriesAreMostlyResolvedAndOpenOnesAMixSomeNotYetRoamed() throws Exception {
        long closed = count("SELECT COUNT(*) FROM issue i WHERE i.raid_type IS NOT NULL AND i.status_category = 'done'");
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE i.raid_type IS NOT NULL AND i.status_category = 'done'"
                + " AND i.roam_status = 'RESOLVED'")).isGreaterThan(closed * 3 / 4);
        assertThat(strings("SELECT COALESCE(i.roam_status, 'none') FROM issue i WHERE " + OPEN
                + " GROUP BY COALESCE(i.roam_status, 'none') HAVING COUNT(*) >= 20 ORDER BY 1"))
                .contains("ACCEPTED", "MITIGATED", "OWNED", "none");
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE i.roam_status NOT IN"
                + " ('RESOLVED', 'OWNED', 'ACCEPTED', 'MITIGATED') OR (i.raid_type IS NULL AND i.roam_status IS NOT NULL)"))
                .isZero();
    }

    @Test
    void mostHighRisksHaveAResponsePlanButNotAll() throws Exception {
        long high = count("SELECT COUNT(*) FROM issue i WHERE " + OPEN + " AND i.raid_type = 'RISK'"
                + " AND i.raid_score >= 11");
        long planned = count("SELECT COUNT(*) FROM issue i WHERE " + OPEN + " AND i.raid_type = 'RISK'"
                + " AND i.raid_score >= 11 AND TRIM(COALESCE(i.response_plan, '')) <> ''");
        assertThat(planned).isBetween(high * 6 / 10, high * 95 / 100);
    }

    @Test
    void ownersAreTeamMembersAndDemoUsersWhileOnlyTheThreeDemoUsersLogIn() throws Exception {
        List<String> owners = strings("SELECT DISTINCT owner_user_key FROM issue WHERE owner_user_key IS NOT NULL");
        assertThat(owners).hasSizeGreaterThanOrEqualTo(8)
                .contains(PortfolioGenerator.PMO_LEAD, PortfolioGenerator.PROJECT_MANAGER)
                .doesNotContain(PortfolioGenerator.VIEWER);
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE i.owner_user_key IS NOT NULL"
                + " AND i.owner_user_key NOT IN (SELECT user_key FROM sandbox_user)")).isZero();
        assertThat(new JdbcUserDirectory(database).all()).extracting(SandboxUser::key).containsExactly(
                PortfolioGenerator.PMO_LEAD, PortfolioGenerator.PROJECT_MANAGER, PortfolioGenerator.VIEWER);
        assertThat(new JdbcUserDirectory(database).find(owners.stream()
                .filter(owner -> owner.contains(".")).findFirst().orElseThrow())).isEmpty();
    }

    @Test
    void datesLieAroundTheGenerationDateAndNoneIsInTheFuture() throws Exception {
        java.sql.Timestamp generated = java.sql.Timestamp.from(GENERATED);
        assertThat(count("SELECT COUNT(*) FROM issue WHERE created > ? OR updated > ? OR resolved > ?"
                + " OR updated < created OR resolved < created", generated, generated, generated)).isZero();
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE " + OPEN + " AND (i.review_date < ? OR i.review_date > ?)",
                Date.valueOf(TODAY.minusDays(60)), Date.valueOf(TODAY.plusDays(60)))).isZero();
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE i.validate_by IS NOT NULL AND i.raid_type <> 'ASSUMPTION'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE (i.resolved IS NULL) <> (i.status_category <> 'done')"))
                .isZero();
    }

    @Test
    void hostileTextsAreInResponsePlansButNotInProjectNames() throws Exception {
        List<String> plans = strings("SELECT DISTINCT response_plan FROM issue WHERE response_plan IS NOT NULL");
        assertThat(plans).anyMatch(plan -> plan.contains("<script>"))
                .anyMatch(plan -> plan.startsWith("="))
                .anyMatch(plan -> plan.contains("\""));
        assertThat(strings("SELECT name FROM project")).allMatch(name -> name.matches("[A-Za-z &-]+"));
    }

    @Test
    void theEnterprisePresetKeepsAtLeastOneHundredThousandRaidEntries() {
        assertThat((long) PortfolioSize.ENTERPRISE.issues() * GeneratedRaidEntries.RAID_SHARE / 100)
                .isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void recordsThePortfolioItemsTheGeneratorMade() throws Exception {
        Map<String, Long> made = new LinkedHashMap<>();
        made.put("initiatives", count("SELECT COUNT(*) FROM issue WHERE issue_type = 'Initiative'"));
        made.put("epics", count("SELECT COUNT(*) FROM issue WHERE issue_type = 'Epic'"));
        made.put("portfolio fields", count("SELECT COUNT(*) FROM initiative_field"));
        made.put("missing an input", count("SELECT COUNT(*) FROM initiative_field WHERE " + String.join(" OR ",
                java.util.Arrays.stream(ScoringInput.values()).map(input -> JdbcInitiativeSource.column(input)
                        + " IS NULL").toList())));
        made.put("without a theme", count("SELECT COUNT(*) FROM initiative_field WHERE theme IS NULL"));
        made.put("unassigned", count("SELECT COUNT(*) FROM initiative_field WHERE assignee_user_key IS NULL"));
        made.put("secured", count("SELECT COUNT(*) FROM issue WHERE issue_type IN ('Epic', 'Initiative')"
                + " AND security_level_id IS NOT NULL"));
        made.put("markup titles", count("SELECT COUNT(*) FROM issue WHERE issue_type IN ('Epic', 'Initiative')"
                + " AND REGEXP_LIKE(summary, '[<>&\"'']')"));
        made.forEach((what, count) -> System.out.printf("%-34s %,8d%n", what, count));

        Map<String, Long> recorded = new LinkedHashMap<>();
        recorded.put("initiatives", 272L);
        recorded.put("epics", 163L);
        recorded.put("portfolio fields", 435L);
        recorded.put("missing an input", 17L);
        recorded.put("without a theme", 19L);
        recorded.put("unassigned", 32L);
        recorded.put("secured", 15L);
        recorded.put("markup titles", 9L);
        assertThat(made).containsExactlyEntriesOf(recorded);
    }

    @Test
    void everyEpicAndInitiativeCarriesInputsOnTheirScalesAndAboutOneInTwentyMissesOne() throws Exception {
        long items = count("SELECT COUNT(*) FROM issue WHERE issue_type IN ('Epic', 'Initiative')");
        assertThat(items).as("about 400 in the demo").isBetween(350L, 450L);
        assertThat(count("SELECT COUNT(*) FROM issue i WHERE i.issue_type IN ('Epic', 'Initiative')"
                + " AND NOT EXISTS (SELECT 1 FROM initiative_field f WHERE f.issue_id = i.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM initiative_field f JOIN issue i ON i.id = f.issue_id"
                + " WHERE i.issue_type NOT IN ('Epic', 'Initiative')")).isZero();
        for (ScoringInput input : ScoringInput.values()) {
            List<String> values = strings("SELECT DISTINCT " + JdbcInitiativeSource.column(input)
                    + " FROM initiative_field WHERE " + JdbcInitiativeSource.column(input) + " IS NOT NULL");
            assertThat(values).as(input.name()).isNotEmpty()
                    .allMatch(value -> input.scale().contains(Double.parseDouble(value)));
        }
        assertThat(strings("SELECT DISTINCT CAST(business_value AS INT) FROM initiative_field"
                + " WHERE business_value IS NOT NULL ORDER BY 1"))
                .containsExactly("1", "2", "3", "5", "8", "13", "20");
        assertThat(strings("SELECT DISTINCT CAST(confidence AS INT) FROM initiative_field"
                + " WHERE confidence IS NOT NULL ORDER BY 1"))
                .containsExactly("50", "80", "100");
        assertThat(strings("SELECT DISTINCT impact FROM initiative_field"
                + " WHERE impact IS NOT NULL ORDER BY 1"))
                .containsExactly("0.25", "0.5", "1.0", "2.0", "3.0");
        assertThat(strings("SELECT DISTINCT CAST(moscow AS INT) FROM initiative_field"
                + " WHERE moscow IS NOT NULL ORDER BY 1"))
                .containsExactly("1", "2", "3", "4");
        assertThat(count("SELECT COUNT(*) FROM initiative_field WHERE reach <> FLOOR(reach) OR ease <> FLOOR(ease)"
                + " OR effort <= 0 OR duration_weeks <= 0 OR person_days <= 0 OR story_points <= 0 OR budget <= 0"))
                .isZero();
        long missing = count("SELECT COUNT(*) FROM initiative_field WHERE " + String.join(" OR ",
                java.util.Arrays.stream(ScoringInput.values()).map(input -> JdbcInitiativeSource.column(input)
                        + " IS NULL").toList()));
        assertThat(missing).as("missing at least one input").isBetween(items * 2 / 100, items * 9 / 100);
    }

    @Test
    void portfolioItemsHaveThemesAssigneesFromTheProjectsPeopleAndSomeMarkupInTheirTitles() throws Exception {
        assertThat(strings("SELECT DISTINCT theme FROM initiative_field"
                + " WHERE theme IS NOT NULL ORDER BY 1"))
                .containsExactly("Compliance", "Cost to serve", "Customer growth", "Platform");
        assertThat(count("SELECT COUNT(*) FROM initiative_field f WHERE f.assignee_user_key IS NOT NULL"
                + " AND f.assignee_user_key NOT IN (SELECT user_key FROM sandbox_user)")).isZero();
        assertThat(strings("SELECT DISTINCT assignee_user_key FROM initiative_field"
                + " WHERE assignee_user_key IS NOT NULL"))
                .hasSizeGreaterThanOrEqualTo(8).contains(PortfolioGenerator.PMO_LEAD,
                        PortfolioGenerator.PROJECT_MANAGER).doesNotContain(PortfolioGenerator.VIEWER);
        List<String> titles = strings("SELECT summary FROM issue WHERE issue_type IN ('Epic', 'Initiative')");
        assertThat(titles).anyMatch(title -> title.contains("<script>")).anyMatch(title -> title.contains("&"))
                .anyMatch(title -> title.contains("\"")).anyMatch(title -> title.contains("'"))
                .anyMatch(title -> title.startsWith("Payments Platform: "));
        // A project whose issue type scheme offers no Initiative has epics only.
        assertThat(count("SELECT COUNT(*) FROM issue i JOIN project_configuration c ON c.project_id = i.project_id"
                + " WHERE i.issue_type = 'Initiative' AND NOT EXISTS (SELECT 1 FROM issue_type_scheme_entry e"
                + " JOIN issue_type t ON t.id = e.issue_type_id WHERE e.scheme_id = c.issue_type_scheme_id"
                + " AND t.name = 'Initiative')")).isZero();
    }

    @Test
    void theViewerSeesFewerInitiativesThanThePmoLeadAndEditsNoneWhileTheLeadEditsTheManagersToo() throws Exception {
        JdbcInitiativeSource source = new JdbcInitiativeSource(database, Clock.fixed(GENERATED, ZoneOffset.UTC));
        PortfolioScope scope = new PortfolioScope(new java.util.HashSet<>(strings("SELECT pkey FROM project")),
                java.util.Set.of("Initiative", "Epic"), null);
        List<Initiative> lead = source.page(new Actor(PortfolioGenerator.PMO_LEAD, null), scope, 0, 1_000);
        List<Initiative> viewer = source.page(new Actor(PortfolioGenerator.VIEWER, null), scope, 0, 1_000);
        List<Initiative> manager = source.page(new Actor(PortfolioGenerator.PROJECT_MANAGER, null), scope, 0,
                1_000);

        assertThat(lead).hasSize((int) count("SELECT COUNT(*) FROM issue WHERE issue_type IN ('Epic',"
                + " 'Initiative')"));
        assertThat(viewer).hasSizeLessThan(lead.size() - 5);
        assertThat(manager).hasSizeLessThan(lead.size() / 3).isNotEmpty();
        Initiative managed = manager.get(0);
        ScoringInputs moscow = ScoringInputs.of(Map.of(ScoringInput.MOSCOW, 4.0));
        assertThatThrownBy(() -> source.updateInputs(new Actor(PortfolioGenerator.VIEWER, null), scope,
                managed.issueKey(), moscow, java.util.Set.of())).isInstanceOf(InitiativeNotEditableException.class);
        assertThat(source.updateInputs(new Actor(PortfolioGenerator.PROJECT_MANAGER, null), scope,
                managed.issueKey(), moscow, java.util.Set.of()).inputs().get(ScoringInput.MOSCOW)).hasValue(4);
        // The PMO lead also edits (and creates issues in) the project manager's projects, where the demo portfolio
        // takes intake requests: an accepted one becomes an initiative there, created as the lead.
        ScoringInputs must = ScoringInputs.of(Map.of(ScoringInput.MOSCOW, 1.0));
        assertThat(source.updateInputs(new Actor(PortfolioGenerator.PMO_LEAD, null), scope, managed.issueKey(),
                must, java.util.Set.of()).inputs().get(ScoringInput.MOSCOW)).hasValue(1);
    }

    @Test
    void onlyThePmoLeadHoldsThePmoLeadPermission() {
        JdbcPmoLeadAccess access = new JdbcPmoLeadAccess(database);

        assertThat(access.isPmoLead(new Actor(PortfolioGenerator.PMO_LEAD, null))).isTrue();
        assertThat(access.isPmoLead(new Actor(PortfolioGenerator.PROJECT_MANAGER, null))).isFalse();
        assertThat(access.isPmoLead(new Actor(PortfolioGenerator.VIEWER, null))).isFalse();
        assertThat(access.isPmoLead(new Actor("aisha.rahman", null))).isFalse();
        assertThat(access.isPmoLead(new Actor("nobody", null))).isFalse();
    }

    @Test
    void theEnterprisePresetHoldsAtLeastFiftyThousandInitiatives() {
        // Every non-RAID issue has a 4 in 100 chance of being an epic and 8 in 100 of being an initiative.
        assertThat((long) PortfolioSize.ENTERPRISE.issues() * (100 - GeneratedRaidEntries.RAID_SHARE) / 100 * 8 / 100)
                .isGreaterThanOrEqualTo(50_000);
    }

    private static Date today() {
        return Date.valueOf(TODAY);
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
