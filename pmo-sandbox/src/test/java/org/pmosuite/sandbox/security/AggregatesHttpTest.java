package org.pmosuite.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * Every figure a user receives, recomputed by the test's own SQL over only what that user may browse (projects they
 * browse, issues whose security level they hold): heat map cells, rated and unrated entries, totals, band counts,
 * log totals and page sizes, the register's group totals and RAID setup's reach, for each demo user, across projects
 * and in one. Every read endpoint is either recomputed here or says why it has no figures of its own.
 */
class AggregatesHttpTest extends SecurityHttpTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VISIBLE_OPEN = """
            FROM issue i JOIN project p ON p.id = i.project_id
            WHERE i.raid_type IS NOT NULL AND i.status_category <> 'done'
              AND (CAST(? AS VARCHAR) IS NULL OR p.pkey = ?)
              AND EXISTS (SELECT 1 FROM sandbox_user u WHERE u.user_key = ? AND (u.browses_all
                  OR p.id IN (SELECT g.project_id FROM project_permission g WHERE g.user_key = u.user_key)))
              AND (i.security_level_id IS NULL OR EXISTS (SELECT 1 FROM issue_security_grant s
                   WHERE s.level_id = i.security_level_id AND s.user_key = ?))
            """;

    private static final List<String> USERS = List.of(PortfolioGenerator.PMO_LEAD, PortfolioGenerator.PROJECT_MANAGER,
            PortfolioGenerator.VIEWER);

    /** A recomputation of the figures one endpoint answers with, for the demo users. */
    interface Recomputation {
        void check(List<String> users) throws Exception;
    }

    /**
     * The read endpoints whose answers carry figures, each with its recomputation. With {@link #WITHOUT_FIGURES} it
     * names every read the specs hold, or {@link EndpointCoverageTest} fails naming the one left out.
     */
    static final Map<String, Recomputation> RECOMPUTED = Map.of(
            "GET /rest/pmo/1.0/raid/heatmap", users -> forEach(users, AggregatesHttpTest::heatMap),
            "GET /rest/pmo/1.0/raid/log", users -> forEach(users, AggregatesHttpTest::log),
            "GET /rest/pmo/1.0/raid/log/groups", users -> forEach(users, AggregatesHttpTest::groups),
            "GET /rest/pmo/1.0/raid/setup", users -> setupReach(),
            "GET /rest/pmo/1.0/portfolios/{id}/items", users -> forEach(users, AggregatesHttpTest::board));

    /** The read endpoints that answer with no figure of their own, and why. */
    static final Map<String, String> WITHOUT_FIGURES = pairs(
            "GET /rest/pmo/1.0/raid/log/csv", "the log's entries as rows, no totals; HiddenDataHttpTest holds its"
                    + " every byte unmoved by what the user may not see",
            "GET /rest/pmo/1.0/raid/entries/{key}", "one issue the caller browses",
            "GET /rest/pmo/1.0/raid/matrix", "a project's settings, no counts",
            "GET /plugins/servlet/pmo/raid/heatmap", "a page: its figures are the heat map resource's",
            "GET /plugins/servlet/pmo/raid/log", "a page: its figures are the log and group resources'",
            "GET /plugins/servlet/pmo/raid/setup", "a page: its figures are the setup resource's",
            "GET /plugins/servlet/pmo/raid/matrix", "a page of settings",
            "WEB-PANEL raid-issue-panel", "one issue the caller browses, and its dependencies, named only if visible",
            "DASHBOARD-ITEM raid-exposure-item", "its figures are the heat map resource's",
            "GET /rest/pmo/1.0/portfolios", "portfolio definitions, no counts",
            "GET /rest/pmo/1.0/portfolios/{id}", "one portfolio's definition, no counts",
            "GET /rest/pmo/1.0/portfolios/{id}/items/csv", "the board's rows, ranked over the same visible"
                    + " initiatives as the board, whose figures are recomputed here",
            "GET /rest/pmo/1.0/portfolios/{id}/items/{key}/score", "one initiative the caller sees",
            "GET /rest/pmo/1.0/portfolios/{id}/audit", "its total counts the entries of projects the caller browses;"
                    + " the repository contract holds that filter (PortfolioRepositoryContract)",
            "GET /rest/pmo/1.0/portfolios/{id}/intake", "requests, no count: a requester gets only their own"
                    + " (PortfolioBoardServiceTest), an accepted one's issue key only to who browses the project",
            "GET /rest/pmo/1.0/portfolios/{id}/intake/{request}", "one request, to its requester and PMO leads",
            "GET /rest/pmo/1.0/portfolios/{id}/scenarios", "scenario definitions, forcing named only if visible",
            "GET /rest/pmo/1.0/portfolios/{id}/scenarios/{scenario}", "one scenario's definition",
            "GET /rest/pmo/1.0/portfolios/{id}/scenarios/{scenario}/comparison", "ranked over the same visible"
                    + " initiatives as the board; PortfolioBoardServiceTest holds a manager's comparison to their"
                    + " projects",
            "GET /plugins/servlet/pmo/portfolio/board", "a page: its figures are the board resource's");

    @TestFactory
    Stream<DynamicTest> everyFigureEqualsItsRecomputationForEveryUser() {
        List<DynamicTest> tests = new ArrayList<>();
        new TreeMap<>(RECOMPUTED).forEach((endpoint, recomputation) -> tests.add(
                DynamicTest.dynamicTest(endpoint, () -> recomputation.check(USERS))));
        tests.add(DynamicTest.dynamicTest("the demo users' figures differ, so the filter is exercised", () -> {
            long lead = read("raid/log", PortfolioGenerator.PMO_LEAD).get("total").asLong();
            long viewer = read("raid/log", PortfolioGenerator.VIEWER).get("total").asLong();
            long manager = read("raid/log", PortfolioGenerator.PROJECT_MANAGER).get("total").asLong();
            assertThat(lead).as("issue security hides some entries from the viewer").isGreaterThan(viewer);
            assertThat(viewer).as("the project manager browses a fifth of the projects").isGreaterThan(manager);
            assertThat(manager).isPositive();
        }));
        return tests.stream();
    }

    private interface PerUser {
        void check(String user) throws Exception;
    }

    private static void forEach(List<String> users, PerUser check) throws Exception {
        for (String user : users) {
            check.check(user);
        }
    }

    private static void heatMap(String user) throws Exception {
        for (String project : scopes(user)) {
            JsonNode map = read("raid/heatmap" + query(project, "type=RISK&type=ISSUE"), user);
            String where = " AND i.raid_type IN ('RISK', 'ISSUE')";
            Map<String, Long> expected = new HashMap<>();
            for (List<String> row : rows("SELECT i.probability || ':' || i.impact, COUNT(*) " + VISIBLE_OPEN + where
                    + " AND i.probability IS NOT NULL AND i.impact IS NOT NULL GROUP BY i.probability, i.impact",
                    project, user)) {
                expected.put(row.get(0), Long.valueOf(row.get(1)));
            }
            int size = map.get("size").asInt();
            long rated = expected.entrySet().stream().filter(cell -> onScale(cell.getKey(), size))
                    .mapToLong(Map.Entry::getValue).sum();
            long total = Long.parseLong(rows("SELECT COUNT(*) " + VISIBLE_OPEN + where, project, user).get(0).get(0));
            Map<String, Long> shown = new HashMap<>();
            Map<String, Long> bands = new HashMap<>();
            map.get("rows").forEach(cells -> cells.forEach(cell -> {
                shown.put(cell.get("probability").asInt() + ":" + cell.get("impact").asInt(), cell.get("count")
                        .asLong());
                bands.merge(cell.get("band").asText(), cell.get("count").asLong(), Long::sum);
            }));
            String scope = (project == null ? "across projects" : project) + " as " + user;
            expected.keySet().removeIf(cell -> !onScale(cell, size));
            shown.values().removeIf(count -> count == 0);
            assertThat(shown).as("cells " + scope).isEqualTo(expected);
            assertThat(map.get("rated").asLong()).as("rated " + scope).isEqualTo(rated);
            assertThat(map.get("total").asLong()).as("total " + scope).isEqualTo(total);
            assertThat(map.get("unrated").asLong()).as("unrated " + scope).isEqualTo(total - rated);
            bands.values().removeIf(count -> count == 0);
            Map<String, Long> bandCounts = new HashMap<>();
            map.get("bands").fields().forEachRemaining(band -> bandCounts.put(band.getKey(), band.getValue().asLong()));
            bandCounts.values().removeIf(count -> count == 0);
            assertThat(bandCounts).as("bands " + scope).isEqualTo(bands);
        }
    }

    private static void log(String user) throws Exception {
        for (String project : scopes(user)) {
            JsonNode page = read("raid/log" + query(project, "maxResults=25"), user);
            long total = Long.parseLong(rows("SELECT COUNT(*) " + VISIBLE_OPEN, project, user).get(0).get(0));
            String scope = (project == null ? "across projects" : project) + " as " + user;
            assertThat(page.get("total").asLong()).as("total " + scope).isEqualTo(total);
            assertThat(page.get("entries").size()).as("page size " + scope).isEqualTo((int) Math.min(25, total));
            List<String> visibleKeys = new ArrayList<>();
            rows("SELECT p.pkey || '-' || i.issue_num " + VISIBLE_OPEN, project, user)
                    .forEach(row -> visibleKeys.add(row.get(0)));
            page.get("entries").forEach(entry -> assertThat(visibleKeys).as("entries " + scope)
                    .contains(entry.get("key").asText()));
        }
    }

    private static void groups(String user) throws Exception {
        for (String project : scopes(user)) {
            JsonNode groups = read("raid/log/groups" + query(project, "group=owner"), user);
            Map<String, Long> expected = new HashMap<>();
            for (List<String> row : rows("SELECT COALESCE(i.owner_user_key, ''), COUNT(*) " + VISIBLE_OPEN
                    + " GROUP BY i.owner_user_key", project, user)) {
                expected.put(row.get(0), Long.valueOf(row.get(1)));
            }
            Map<String, Long> shown = new HashMap<>();
            groups.get("groups").forEach(group -> shown.put(group.get("key").isNull() ? ""
                    : group.get("key").asText(), group.get("total").asLong()));
            assertThat(shown).as("owner groups " + (project == null ? "across projects" : project) + " as " + user)
                    .isEqualTo(expected);
        }
    }

    /**
     * With a RAID field taken off the screen most projects share, the dry run of a project the manager leads tells
     * each administrator how many other projects the change reaches, counting only those they browse.
     */
    private static void setupReach() throws Exception {
        String project = fixture.targets(PortfolioGenerator.PROJECT_MANAGER).browsableProject();
        fixture.sandbox().execute("""
                DELETE FROM screen_field WHERE screen_id IN (SELECT s.id FROM screen s JOIN project_configuration c
                  ON s.id IN (c.create_screen_id, c.edit_screen_id) JOIN project p ON p.id = c.project_id
                  WHERE p.pkey = ?)
                AND field_id IN (SELECT f.id FROM custom_field f WHERE f.type_key = 'VALIDATE_BY')""", project);
        Map<String, List<Long>> reaches = new HashMap<>();
        for (String user : List.of(PortfolioGenerator.PMO_LEAD, PortfolioGenerator.PROJECT_MANAGER)) {
            JsonNode plan = read("raid/setup?project=" + project, user);
            assertThat(plan.get("changes")).as("the dry run of " + project + " has changes").isNotEmpty();
            for (JsonNode change : plan.get("changes")) {
                if (change.get("screen").isNull() && change.get("scheme").isNull()) {
                    continue;
                }
                String sql = change.get("screen").isNull() ? """
                        SELECT COUNT(*) FROM project p JOIN project_configuration c ON c.project_id = p.id
                        JOIN issue_type_scheme t ON t.id = c.issue_type_scheme_id
                        WHERE t.name = ? AND p.pkey <> ? AND EXISTS (SELECT 1 FROM sandbox_user u WHERE u.user_key = ?
                          AND (u.browses_all OR p.id IN (SELECT g.project_id FROM project_permission g
                                                         WHERE g.user_key = u.user_key)))""" : """
                        SELECT COUNT(*) FROM project p JOIN project_configuration c ON c.project_id = p.id
                        JOIN screen s ON s.id IN (c.create_screen_id, c.edit_screen_id, c.view_screen_id)
                        WHERE s.name = ? AND p.pkey <> ? AND EXISTS (SELECT 1 FROM sandbox_user u WHERE u.user_key = ?
                          AND (u.browses_all OR p.id IN (SELECT g.project_id FROM project_permission g
                                                         WHERE g.user_key = u.user_key)))""";
                String name = change.get("screen").isNull() ? change.get("scheme").asText()
                        : change.get("screen").asText();
                long expected = Long.parseLong(fixture.sandbox().strings(sql.replace("COUNT(*)",
                        "COUNT(DISTINCT p.id)"), name, project, user).get(0));
                assertThat(change.get("sharedWithProjects").asLong()).as(change.get("message").asText() + " as "
                        + user).isEqualTo(expected);
                reaches.computeIfAbsent(user, key -> new ArrayList<>()).add(expected);
            }
        }
        assertThat(reaches.get(PortfolioGenerator.PMO_LEAD)).as("the lead and the manager are told different reaches")
                .isNotEqualTo(reaches.get(PortfolioGenerator.PROJECT_MANAGER));
    }

    /** Across every project the user browses, and in the first one they browse. */
    private static List<String> scopes(String user) throws Exception {
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.add(fixture.targets(user).browsableProject());
        return scopes;
    }

    private static boolean onScale(String cell, int size) {
        String[] levels = cell.split(":");
        int probability = Integer.parseInt(levels[0]);
        int impact = Integer.parseInt(levels[1]);
        return probability >= 1 && probability <= size && impact >= 1 && impact <= size;
    }

    private static String query(String project, String more) {
        return "?" + (project == null ? "" : "project=" + project + "&") + more;
    }

    /**
     * The demo portfolio's board: how many initiatives the user sees, per project, and ranks 1 to n with no gap,
     * recomputed over the initiatives and epics of projects they browse whose security level they hold.
     */
    private static void board(String user) throws Exception {
        JsonNode list = read("portfolios", user);
        long id = -1;
        for (JsonNode portfolio : list.path("portfolios")) {
            if ("Digital growth 2027".equals(portfolio.path("name").asText())) {
                id = portfolio.path("id").asLong();
            }
        }
        assertThat(id).as("the demo portfolio is visible to " + user).isPositive();
        JsonNode board = read("portfolios/" + id + "/items?maxResults=500", user);
        String visible = """
                FROM issue i JOIN project p ON p.id = i.project_id
                WHERE i.issue_type IN ('Initiative', 'Epic') AND (CAST(? AS VARCHAR) IS NULL OR p.pkey = ?)
                  AND EXISTS (SELECT 1 FROM sandbox_user u WHERE u.user_key = ? AND (u.browses_all
                      OR p.id IN (SELECT g.project_id FROM project_permission g WHERE g.user_key = u.user_key)))
                  AND (i.security_level_id IS NULL OR EXISTS (SELECT 1 FROM issue_security_grant s
                       WHERE s.level_id = i.security_level_id AND s.user_key = ?))
                """;
        long total = Long.parseLong(rows("SELECT COUNT(*) " + visible, null, user).get(0).get(0));
        assertThat(board.path("visible").asLong()).as("initiatives " + user + " sees").isEqualTo(total);
        Map<String, Long> perProject = new HashMap<>();
        rows("SELECT p.pkey, COUNT(*) " + visible + " GROUP BY p.pkey", null, user)
                .forEach(row -> perProject.put(row.get(0), Long.parseLong(row.get(1))));
        Map<String, Long> facets = new HashMap<>();
        board.path("facets").path("projects").forEach(facet -> facets.put(facet.path("value").asText(),
                facet.path("count").asLong()));
        assertThat(facets).as("initiatives per project " + user + " sees").isEqualTo(perProject);
        int rank = 1;
        for (JsonNode item : board.path("items")) {
            assertThat(item.path("rank").asInt()).as("ranks count only what " + user + " sees").isEqualTo(rank++);
        }
        assertThat(board.path("cutLine").path("lastRankAboveLine").asLong()).isLessThanOrEqualTo(total);
    }

    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (map.put(keysAndValues[i], keysAndValues[i + 1]) != null) {
                throw new IllegalArgumentException("named twice: " + keysAndValues[i]);
            }
        }
        return Map.copyOf(map);
    }

    private static JsonNode read(String path, String user) throws Exception {
        var answer = fixture.sandbox().get(EndpointSpecs.REST + path, user);
        assertThat(answer.statusCode()).as(path + " as " + user + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** Rows of the query with the project (twice) and the user (twice) bound. */
    private static List<List<String>> rows(String sql, String project, String user) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var connection = fixture.sandbox().sandbox().database().connection();
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, project);
            statement.setString(2, project);
            statement.setString(3, user);
            statement.setString(4, user);
            try (var result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
