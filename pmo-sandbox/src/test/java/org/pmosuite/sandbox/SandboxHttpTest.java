package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.host.LoginFilter;

/** Real HTTP against one in-process demo sandbox: the app's REST contract, pages, permissions and XSRF. */
class SandboxHttpTest extends HttpTestBase {

    private static final String HEAT_MAP = "rest/pmo/1.0/raid/heatmap";
    private static final String HEAT_MAP_PAGE = "plugins/servlet/pmo/raid/heatmap";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A write refused before its body is read (by websudo in the REST framework, by the XSRF check in a filter)
     * still gets its answer, as from Jira's Tomcat, which reads and discards an unread body of up to 2 MB: the server
     * does not close the connection while the client is still sending.
     */
    @Test
    void aWriteRefusedBeforeItsBodyIsReadGetsItsAnswer() throws Exception {
        for (int size : new int[] {70_000, 300_000, 1_900_000}) {
            String body = "{\"summary\": \"" + "x".repeat(size) + "\"}";
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> withoutWebsudo = fixture.send(HttpRequest.newBuilder(
                                fixture.uri("rest/pmo/1.0/raid/matrix?version=1"))
                        .header("Cookie", LoginFilter.COOKIE + "=" + LEAD).header("Content-Type", "application/json")
                        .header("X-Atlassian-Token", "no-check")
                        .method("DELETE", HttpRequest.BodyPublishers.ofString(body)).build());
                HttpResponse<String> crossOrigin = fixture.send(HttpRequest.newBuilder(fixture.uri(HEAT_MAP))
                        .header("Cookie", LoginFilter.COOKIE + "=" + LEAD).header("Content-Type", "application/json")
                        .method("DELETE", HttpRequest.BodyPublishers.ofString(body)).build());

                assertThat(withoutWebsudo.statusCode()).isEqualTo(401);
                assertThat(crossOrigin.statusCode()).isEqualTo(403);
                assertThat(crossOrigin.body()).contains("XSRF check failed");
            }
        }
    }

    @Test
    void heatMapCountsEqualAnIndependentGroupByOverTheBrowsableProjects() throws Exception {
        for (String user : List.of(LEAD, MANAGER, PortfolioGenerator.VIEWER)) {
            HttpResponse<String> response = fixture.get(HEAT_MAP, user);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            JsonNode body = JSON.readTree(response.body());

            assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("size", "projects", "types", "rows",
                    "rated", "unrated", "total", "bands", "matrix");
            assertThat(body.get("size").asInt()).isEqualTo(5);
            List<String> keys = new ArrayList<>();
            body.get("projects").forEach(project -> keys.add(project.get("key").asText()));
            assertThat(keys).as("projects of %s", user).isEqualTo(fixture.browsableKeys(user));

            Map<String, Long> cells = new HashMap<>();
            long rated = 0;
            assertThat(body.get("rows")).hasSize(5);
            int expectedProbability = 5;
            for (JsonNode row : body.get("rows")) {
                assertThat(row).hasSize(5);
                int expectedImpact = 1;
                for (JsonNode cell : row) {
                    assertThat(cell.get("probability").asInt()).isEqualTo(expectedProbability);
                    assertThat(cell.get("impact").asInt()).isEqualTo(expectedImpact++);
                    assertThat(cell.get("exposure").asInt())
                            .isEqualTo(cell.get("probability").asInt() * cell.get("impact").asInt());
                    assertThat(cell.get("band").asText()).isIn("LOW", "MEDIUM", "HIGH", "CRITICAL");
                    if (cell.get("count").asLong() > 0) {
                        cells.put(cell.get("probability").asInt() + ":" + cell.get("impact").asInt(),
                                cell.get("count").asLong());
                    }
                    rated += cell.get("count").asLong();
                }
                expectedProbability--;
            }
            assertThat(cells).as("cells of %s", user).isEqualTo(fixture.expectedCells(user));
            assertThat(body.get("rated").asLong()).isEqualTo(rated);
            assertThat(body.get("total").asLong()).isEqualTo(fixture.expectedTotal(user));
            assertThat(body.get("unrated").asLong()).isEqualTo(fixture.expectedTotal(user) - rated).isPositive();
        }
        assertThat(fixture.expectedTotal(MANAGER)).isLessThan(fixture.expectedTotal(LEAD));
    }

    @Test
    void issuesUnderASecurityLevelAreCountedOnlyForUsersGrantedIt() throws Exception {
        String viewer = PortfolioGenerator.VIEWER;
        // The test's own reading: a project with open RAID entries under a level the PMO lead has and the viewer not.
        String project = fixture.strings("""
                SELECT p.pkey FROM project p JOIN issue i ON i.project_id = p.id
                WHERE i.raid_type IS NOT NULL AND i.status_category <> 'done'
                  AND i.security_level_id IN (SELECT level_id FROM issue_security_grant WHERE user_key = ?)
                  AND i.security_level_id NOT IN (SELECT level_id FROM issue_security_grant WHERE user_key = ?)
                GROUP BY p.pkey ORDER BY COUNT(*) DESC, p.pkey""", LEAD, viewer).get(0);
        assertThat(fixture.browsableKeys(viewer)).as("both browse every project")
                .isEqualTo(fixture.browsableKeys(LEAD));

        long leadTotal = JSON.readTree(fixture.get(HEAT_MAP + "?project=" + project, LEAD).body()).get("total")
                .asLong();
        long viewerTotal = JSON.readTree(fixture.get(HEAT_MAP + "?project=" + project, viewer).body()).get("total")
                .asLong();
        long leadEverywhere = JSON.readTree(fixture.get(HEAT_MAP, LEAD).body()).get("total").asLong();
        long viewerEverywhere = JSON.readTree(fixture.get(HEAT_MAP, viewer).body()).get("total").asLong();

        assertThat(viewerTotal).isEqualTo(fixture.expectedTotal(viewer, project)).isPositive().isLessThan(leadTotal);
        assertThat(leadTotal).isEqualTo(fixture.expectedTotal(LEAD, project));
        assertThat(viewerEverywhere).isEqualTo(fixture.expectedTotal(viewer)).isLessThan(leadEverywhere);
        assertThat(leadEverywhere).isEqualTo(fixture.expectedTotal(LEAD));
        assertThat(Long.parseLong(fixture.strings("""
                SELECT COUNT(*) FROM issue WHERE raid_type IS NOT NULL AND status_category <> 'done'""").get(0)))
                .as("the PMO lead is granted every level").isEqualTo(leadEverywhere);
        long managerEverywhere = JSON.readTree(fixture.get(HEAT_MAP, MANAGER).body()).get("total").asLong();
        assertThat(managerEverywhere).as("the project manager is not granted every level of the projects they lead")
                .isEqualTo(fixture.expectedTotal(MANAGER)).isLessThan(Long.parseLong(fixture.strings("""
                        SELECT COUNT(*) FROM issue WHERE raid_type IS NOT NULL AND status_category <> 'done'
                        AND project_id IN (SELECT project_id FROM project_permission WHERE user_key = ?)""",
                        MANAGER).get(0)));
    }

    @Test
    void invalidParametersAnswer400WithOneMessagePerField() throws Exception {
        HttpResponse<String> response = fixture.get(HEAT_MAP + "?type=BOGUS&type=RISK&type=NOPE", LEAD);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("errorMessages")).isEmpty();
        assertThat(body.get("errors").get("type").asText()).isEqualTo(
                "'BOGUS' is not a RAID type. Use RISK, ASSUMPTION, ISSUE or DEPENDENCY. "
                        + "'NOPE' is not a RAID type. Use RISK, ASSUMPTION, ISSUE or DEPENDENCY.");
    }

    @Test
    void aProjectTheUserCannotBrowseLooksExactlyLikeOneThatDoesNotExist() throws Exception {
        List<String> managed = fixture.browsableKeys(MANAGER);
        String hidden = fixture.browsableKeys(LEAD).stream().filter(key -> !managed.contains(key)).findFirst()
                .orElseThrow();

        HttpResponse<String> forbidden = fixture.get(HEAT_MAP + "?project=" + hidden, MANAGER);
        HttpResponse<String> missing = fixture.get(HEAT_MAP + "?project=" + hidden, "viewer");
        HttpResponse<String> nonexistent = fixture.get(HEAT_MAP + "?project=NOPE", MANAGER);

        assertThat(forbidden.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(forbidden.body()).get("errorMessages").get(0).asText()).isEqualTo(
                "No project could be found with key '" + hidden + "', or you do not have permission to browse it.");
        assertThat(nonexistent.statusCode()).isEqualTo(404);
        assertThat(nonexistent.body()).isEqualTo(forbidden.body().replace(hidden, "NOPE"));
        assertThat(missing.statusCode()).as("the viewer may browse it").isEqualTo(200);
    }

    @Test
    void anonymousCallersAreAskedToLogIn() throws Exception {
        HttpResponse<String> rest = fixture.get(HEAT_MAP, LoginFilter.ANONYMOUS);
        HttpResponse<String> page = fixture.get(HEAT_MAP_PAGE, LoginFilter.ANONYMOUS);

        assertThat(rest.statusCode()).isEqualTo(401);
        JsonNode body = JSON.readTree(rest.body());
        assertThat(body.get("errorMessages").get(0).asText()).contains("Authentication required");
        assertThat(body.get("errors").isObject()).isTrue();
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("id=\"sandbox-access-denied\"", "/jira/login.jsp?os_destination=");
    }

    @Test
    void switchingUserIsAWriteThatNeedsTheSameOriginOrTheNoCheckToken() throws Exception {
        HttpResponse<String> withoutOrigin = fixture.send(switchUser(null));
        HttpResponse<String> otherOrigin = fixture.send(switchUser("http://evil.example"));
        HttpResponse<String> sameOrigin = fixture.send(switchUser(fixture.origin()));

        assertThat(withoutOrigin.statusCode()).isEqualTo(403);
        assertThat(withoutOrigin.body()).contains("XSRF check failed");
        assertThat(withoutOrigin.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(sameOrigin.statusCode()).isEqualTo(303);
        assertThat(sameOrigin.headers().firstValue("Location")).hasValue("/jira/" + HEAT_MAP_PAGE);
        String cookie = sameOrigin.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(LoginFilter.COOKIE + "=" + MANAGER).containsIgnoringCase("HttpOnly");

        HttpResponse<String> page = fixture.send(HttpRequest.newBuilder(fixture.uri(HEAT_MAP_PAGE))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build());
        assertThat(page.body()).contains("id=\"sandbox-current-user\">Daniel Brandt<");
    }

    @Test
    void restWritesFromAnotherOriginFailTheXsrfCheck() throws Exception {
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(fixture.uri(HEAT_MAP))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("errorMessages").get(0).asText()).isEqualTo("XSRF check failed");
    }

    @Test
    void thePageEscapesProjectNames() throws Exception {
        fixture.execute("INSERT INTO project (id, pkey, name, lead_user_key) VALUES (9001, 'XSS', ?, ?)",
                "<script>alert(1)</script>", LEAD);

        HttpResponse<String> page = fixture.get(HEAT_MAP_PAGE, LEAD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; (XSS)")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void thePageIsDecoratedWithAuiAndTheWebResourcesItRequired() throws Exception {
        HttpResponse<String> page = fixture.get(HEAT_MAP_PAGE, MANAGER);
        String html = page.body();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(html).contains("<title>RAID heat map - PMO Suite</title>", "class=\"aui-header\"",
                "Sandbox &mdash; not Jira", "id=\"sandbox-current-user\">Daniel Brandt<", "id=\"pmo-raid-heatmap\"")
                .doesNotContain("name=\"decorator\"");
        int jquery = html.indexOf("/jira/sandbox/static/jquery/jquery.min.js");
        int aui = html.indexOf("/jira/sandbox/static/aui/aui-prototyping.js");
        int loader = html.indexOf("/jira/sandbox/static/almond/almond.js");
        int contextPath = html.indexOf("/jira/sandbox/static/wrm/context-path.js");
        int common = html.indexOf("/jira/download/resources/org.pmosuite.pmo-jira-plugin:pmo-common/rest.js");
        int view = html.indexOf("/jira/download/resources/org.pmosuite.pmo-jira-plugin:raid-heatmap-view/heatmap-view.js");
        int app = html.indexOf("/jira/download/resources/org.pmosuite.pmo-jira-plugin:raid-heatmap/heatmap-page.js");
        assertThat(jquery).isPositive().isLessThan(aui);
        assertThat(aui).as("AUI before the AMD loader, so AJS stays global").isLessThan(loader);
        assertThat(loader).isLessThan(contextPath);
        assertThat(contextPath).isLessThan(common);
        assertThat(common).isLessThan(view);
        assertThat(view).isLessThan(app);
        assertThat(html.indexOf("aui-prototyping.js")).isEqualTo(html.lastIndexOf("aui-prototyping.js"));

        for (String resource : List.of("sandbox/static/aui/aui-prototyping.css", "sandbox/static/jquery/jquery.min.js",
                "sandbox/static/almond/almond.js", "sandbox/static/wrm/aui-amd.js",
                "download/resources/org.pmosuite.pmo-jira-plugin:raid-heatmap-view/raid-heatmap.css")) {
            assertThat(fixture.get(resource, null).statusCode()).as(resource).isEqualTo(200);
        }
        assertThat(fixture.get("download/resources/org.pmosuite.pmo-jira-plugin:raid-heatmap/../pmo.properties",
                null).statusCode()).isEqualTo(404);
    }

    @Test
    void javaScriptOfAJsI18nWebResourceIsServedTranslated() throws Exception {
        HttpResponse<String> view = fixture.get(
                "download/resources/org.pmosuite.pmo-jira-plugin:raid-heatmap-view/heatmap-view.js", null);

        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).doesNotContain("I18n.getText")
                .contains("\"Open entries\"", "AJS.format(\"Probability {1}, impact {2}, {3}. Open entries: {0}\",");
        HttpResponse<String> css = fixture.get(
                "download/resources/org.pmosuite.pmo-jira-plugin:raid-heatmap-view/raid-heatmap.css", null);
        assertThat(css.body()).as("a stylesheet is served as it is").startsWith("/* RAID heat map.");
    }

    @Test
    void theLandingPageListsWhatTheAppOffersAndTheDemoUsers() throws Exception {
        HttpResponse<String> landing = fixture.get("", null);

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("href=\"/jira/" + HEAT_MAP_PAGE + "\"", "href=\"/jira/" + HEAT_MAP + "\"",
                "Margaret Okafor", "Daniel Brandt", "Sofia Lindqvist");
        HttpResponse<String> sandboxPage = fixture.get("sandbox", null);
        assertThat(sandboxPage.statusCode()).isEqualTo(200);
        assertThat(sandboxPage.body()).contains("id=\"sandbox-offers\"", "href=\"/jira/" + HEAT_MAP + "\"");
    }

    @Test
    void theHeatMapPageHasThePmoMenuFromTheDescriptorsWebItems() throws Exception {
        String html = fixture.get(HEAT_MAP_PAGE, MANAGER).body();
        String header = html.substring(html.indexOf("<nav class=\"aui-header\""), html.indexOf("</nav>"));

        assertThat(header).containsSubsequence(
                "<li class=\"aui-nav-selected\"><a href=\"/jira/" + HEAT_MAP_PAGE + "\" id=\"pmo-top-menu-link\" "
                        + "class=\"aui-nav-link aui-dropdown2-trigger\" aria-haspopup=\"true\" "
                        + "aria-controls=\"pmo-top-menu-link-content\">PMO</a>",
                "<aui-dropdown-menu id=\"pmo-top-menu-link-content\">",
                "<aui-section id=\"pmo-top-menu-link-pmo-top-menu-section\">",
                "<aui-item-link href=\"/jira/" + HEAT_MAP_PAGE + "\" item-id=\"pmo-menu-raid-heatmap-link\" "
                        + "extra-classes=\"pmo-nav-current\">RAID heat map</aui-item-link>",
                "</aui-dropdown-menu></li>");
        assertThat(header).as("project sidebar items are not top navigation")
                .doesNotContain("pathEncodedProjectKey", "pmo-raid-heatmap-project-link", "?project=");

        String landing = fixture.get("", MANAGER).body();
        assertThat(landing).contains("aria-controls=\"pmo-top-menu-link-content\"")
                .doesNotContain("aui-nav-selected", "pmo-nav-current");
    }

    /** The keys whose risk-matrix settings (a project-settings web-item) the landing page links for the user. */
    private static List<String> settingsLinks(String user) throws Exception {
        return settingsLinks(user, "plugins/servlet/pmo/raid/matrix", "Risk matrix");
    }

    /** The keys for which the landing page links this project-settings page for the user. */
    private static List<String> settingsLinks(String user, String path, String label) throws Exception {
        List<String> keys = new ArrayList<>();
        Matcher link = Pattern.compile("<a href=\"/jira/" + Pattern.quote(path) + "\\?project=([^\"]+)\">"
                + Pattern.quote(label) + "</a>").matcher(fixture.get("", user).body());
        while (link.find()) {
            keys.add(link.group(1));
        }
        return keys;
    }

    @Test
    void theLandingPageLinksTheProjectPagesOfTheProjectsTheUserMayBrowse() throws Exception {
        for (String user : List.of(MANAGER, LEAD)) {
            String html = fixture.get("", user).body();
            List<String> linked = new ArrayList<>();
            Matcher link = Pattern.compile(
                    "<a href=\"/jira/" + Pattern.quote(HEAT_MAP_PAGE) + "\\?project=([^\"]+)\">"
                            + "RAID heat map</a>").matcher(html);
            while (link.find()) {
                linked.add(link.group(1));
            }
            assertThat(html).contains("<h2>Project pages</h2>", "id=\"sandbox-project-pages\"");
            assertThat(linked).as("project pages of %s", user).isEqualTo(fixture.browsableKeys(user));
        }
        assertThat(fixture.browsableKeys(MANAGER)).hasSize(4);
        assertThat(settingsLinks(MANAGER)).as("the projects the manager leads, so administers")
                .isEqualTo(fixture.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", MANAGER));
        assertThat(settingsLinks(LEAD)).as("a Jira administrator administers every project")
                .isEqualTo(fixture.browsableKeys(LEAD));
        assertThat(settingsLinks(PortfolioGenerator.VIEWER)).isEmpty();
        assertThat(settingsLinks(MANAGER, "plugins/servlet/pmo/raid/setup", "RAID setup"))
                .as("RAID setup is a project setting too").isEqualTo(settingsLinks(MANAGER));
        assertThat(settingsLinks(PortfolioGenerator.VIEWER, "plugins/servlet/pmo/raid/setup", "RAID setup")).isEmpty();
        assertThat(fixture.get("", LoginFilter.ANONYMOUS).body()).contains("Log in to see the app's pages")
                .doesNotContain("?project=");
    }

    private static HttpRequest switchUser(String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(fixture.uri("sandbox/switch-user"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=" + MANAGER + "&destination=/jira/" + HEAT_MAP_PAGE));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return request.build();
    }
}
