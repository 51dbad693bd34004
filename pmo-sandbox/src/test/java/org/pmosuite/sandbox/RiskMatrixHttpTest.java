package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.data.DemoRiskMatrices;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The risk-matrix REST resource over real HTTP, on the real Active Objects tables of a running sandbox: who may read
 * and change which matrix, websudo and XSRF on writes, 400 per field with nothing stored, 409 for a stale edit, and
 * the heat map following what was saved.
 */
class RiskMatrixHttpTest extends HttpTestBase {

    private static final String MATRIX = "rest/pmo/1.0/raid/matrix";
    private static final String HEAT_MAP = "rest/pmo/1.0/raid/heatmap";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final String VIEWER = PortfolioGenerator.VIEWER;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A project the project manager leads, so administers; and one they may not even see. */
    static String managed;
    static String hidden;

    @BeforeAll
    static void start() throws Exception {
        managed = firstProjectLedBy(MANAGER);
        hidden = fixture.strings("""
                SELECT pkey FROM project p WHERE NOT EXISTS (SELECT 1 FROM project_permission g
                WHERE g.project_id = p.id AND g.user_key = ?) ORDER BY pkey""", MANAGER).get(0);
    }

    @Test
    void anyoneWhoMayBrowseReadsTheMatrixAndLearnsWhetherTheyMayChangeIt() throws Exception {
        JsonNode asViewer = JSON.readTree(fixture.get(MATRIX + "?project=" + managed, VIEWER).body());
        JsonNode asManager = JSON.readTree(fixture.get(MATRIX + "?project=" + managed, MANAGER).body());

        assertThat(asViewer.get("canEdit").asBoolean()).isFalse();
        assertThat(asManager.get("canEdit").asBoolean()).isTrue();
        assertThat(asManager.get("project").get("key").asText()).isEqualTo(managed);
        JsonNode matrix = asManager.get("matrix");
        assertThat(matrix.get("size").asInt()).isBetween(3, 5);
        assertThat(matrix.get("probabilityLabels")).hasSize(matrix.get("size").asInt());
        assertThat(matrix.get("bands").get(0).get("minScore").asInt()).isEqualTo(1);
    }

    @Test
    void aHiddenProjectAnswersExactlyLikeOneThatDoesNotExist() throws Exception {
        HttpResponse<String> hiddenAnswer = fixture.get(MATRIX + "?project=" + hidden, MANAGER);
        HttpResponse<String> missingAnswer = fixture.get(MATRIX + "?project=NOSUCH", MANAGER);

        assertThat(hiddenAnswer.statusCode()).isEqualTo(404).isEqualTo(missingAnswer.statusCode());
        assertThat(hiddenAnswer.body().replace(hidden, "KEY")).isEqualTo(missingAnswer.body().replace("NOSUCH", "KEY"));
    }

    @Test
    void aProjectAdministratorChangesTheMatrixAndTheHeatMapFollows() throws Exception {
        String project = fixture.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", MANAGER)
                .get(1);
        JsonNode before = JSON.readTree(fixture.get(MATRIX + "?project=" + project, MANAGER).body());
        ObjectNode change = threeByThree(before.get("matrix").get("version").asLong(), "Seldom", "Sometimes", "Often");

        HttpResponse<String> saved = put(project, change, MANAGER, websudo(MANAGER));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode savedMatrix = JSON.readTree(saved.body()).get("matrix");
        assertThat(savedMatrix.get("source").asText()).isEqualTo("PROJECT");
        assertThat(savedMatrix.get("version").asLong()).isEqualTo(1);
        JsonNode heatMap = JSON.readTree(fixture.get(HEAT_MAP + "?project=" + project, MANAGER).body());
        assertThat(heatMap.get("size").asInt()).isEqualTo(3);
        assertThat(heatMap.get("rows")).hasSize(3);
        assertThat(heatMap.get("matrix").get("probabilityLabels").toString()).contains("Seldom", "Often");
        assertThat(heatMap.get("bands").fieldNames()).toIterable().containsExactly("LOW", "CRITICAL");
        assertThat(heatMap.get("rows").get(0).get(2).get("band").asText()).as("3x3 = 9").isEqualTo("CRITICAL");
    }

    @Test
    void aStaleEditIsRefusedWith409AndTheFirstEditStays() throws Exception {
        String project = fixture.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", MANAGER)
                .get(2);
        String sudo = websudo(MANAGER);
        long version = JSON.readTree(fixture.get(MATRIX + "?project=" + project, MANAGER).body()).get("matrix")
                .get("version").asLong();
        assertThat(put(project, threeByThree(version, "First", "Second", "Third"), MANAGER, sudo).statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale = put(project, threeByThree(version, "Late", "Later", "Latest"), MANAGER, sudo);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("errorMessages").get(0).asText())
                .contains("Someone else changed this").contains("version 1");
        JsonNode stored = JSON.readTree(fixture.get(MATRIX + "?project=" + project, MANAGER).body()).get("matrix");
        assertThat(stored.get("probabilityLabels").toString()).contains("First").doesNotContain("Late");
    }

    @Test
    void badInputAnswers400PerFieldAndStoresNothing() throws Exception {
        String before = fixture.get(MATRIX + "?project=" + managed, MANAGER).body();
        ObjectNode change = threeByThree(JSON.readTree(before).get("matrix").get("version").asLong(),
                "Low", "", "Low");
        ((ObjectNode) change.get("bands").get(1)).put("colour", "red");
        ((ObjectNode) change.get("bands").get(1)).put("minScore", 99);

        HttpResponse<String> refused = put(managed, change, MANAGER, websudo(MANAGER));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        assertThat(errors.fieldNames()).toIterable().contains("probabilityLabels[1]", "probabilityLabels[2]",
                "bands[1].colour", "bands[1].minScore");
        assertThat(errors.get("bands[1].colour").asText()).contains("'red' is not a colour");
        assertThat(fixture.get(MATRIX + "?project=" + managed, MANAGER).body()).isEqualTo(before);

        HttpResponse<String> noVersion = put(managed, (ObjectNode) change.deepCopy().remove(List.of("version")),
                MANAGER, websudo(MANAGER));
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noVersion.body()).get("errors").has("version")).isTrue();
    }

    @Test
    void onlyAdministratorsChangeAMatrixAndTheyAreToldWhy() throws Exception {
        HttpResponse<String> viewer = put(managed, threeByThree(0, "A", "B", "C"), VIEWER, websudo(VIEWER));
        HttpResponse<String> portfolio = put(null, threeByThree(0, "A", "B", "C"), MANAGER, websudo(MANAGER));

        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(viewer.body()).get("errorMessages").get(0).asText())
                .isEqualTo("Only administrators of project " + managed + " may change its risk matrix.");
        assertThat(portfolio.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(portfolio.body()).get("errorMessages").get(0).asText())
                .contains("Only Jira administrators");
    }

    @Test
    void writesNeedWebsudoAndTheSameOrigin() throws Exception {
        HttpResponse<String> withoutWebsudo = put(managed, threeByThree(0, "A", "B", "C"), MANAGER, null);
        HttpResponse<String> crossOrigin = fixture.send(HttpRequest.newBuilder(fixture.uri(MATRIX + "?project="
                        + managed)).header("Cookie", cookies(MANAGER, websudo(MANAGER)))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString(threeByThree(0, "A", "B", "C").toString())).build());

        assertThat(withoutWebsudo.statusCode()).isEqualTo(401);
        assertThat(withoutWebsudo.body()).containsIgnoringCase("websudo");
        assertThat(crossOrigin.statusCode()).isEqualTo(403);
    }

    @Test
    void theLeadSetsThePortfolioDefaultAndAResetProjectInheritsIt() throws Exception {
        String project = fixture.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", MANAGER)
                .get(3);
        String leadSudo = websudo(LEAD);
        long defaultVersion = JSON.readTree(fixture.get(MATRIX, LEAD).body()).get("matrix").get("version").asLong();
        assertThat(put(null, threeByThree(defaultVersion, "Unlikely", "Even", "Likely"), LEAD, leadSudo)
                .statusCode()).isEqualTo(200);
        String managerSudo = websudo(MANAGER);
        assertThat(put(project, threeByThree(0, "Own", "Own 2", "Own 3"), MANAGER, managerSudo).statusCode())
                .isEqualTo(200);

        HttpResponse<String> reset = fixture.send(HttpRequest.newBuilder(fixture.uri(MATRIX + "?project=" + project
                        + "&version=1")).header("Cookie", cookies(MANAGER, managerSudo))
                .header("X-Atlassian-Token", "no-check").DELETE().build());

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        JsonNode matrix = JSON.readTree(reset.body()).get("matrix");
        assertThat(matrix.get("inherited").asBoolean()).isTrue();
        assertThat(matrix.get("source").asText()).isEqualTo("PORTFOLIO");
        assertThat(matrix.get("version").asLong()).as("a project's first own matrix is saved from 0").isZero();
        assertThat(matrix.get("probabilityLabels").toString()).contains("Even");
    }

    @Test
    void theDemoHasAPortfolioDefaultAndOneProjectWithAFourByFourMatrixOfItsOwn() throws Exception {
        String project = DemoRiskMatrices.overriddenProjectKey(fixture.sandbox().database()).orElseThrow();

        JsonNode portfolio = JSON.readTree(fixture.get(MATRIX, LEAD).body()).get("matrix");
        JsonNode heatMap = JSON.readTree(fixture.get(HEAT_MAP + "?project=" + project, LEAD).body());

        assertThat(portfolio.get("source").asText()).isEqualTo("PORTFOLIO");
        assertThat(heatMap.get("size").asInt()).isEqualTo(4);
        assertThat(heatMap.get("matrix").get("source").asText()).isEqualTo("PROJECT");
        assertThat(heatMap.get("matrix").get("impactLabels").get(3).asText()).isEqualTo("Critical to the launch");
        assertThat(heatMap.get("bands").fieldNames()).toIterable().containsExactly("LOW", "HIGH", "CRITICAL");
    }

    /** A 3x3 matrix with two bands: 1-4 low, 5-9 critical. */
    private static ObjectNode threeByThree(long version, String... probabilityLabels) {
        ObjectNode change = JSON.createObjectNode();
        change.put("version", version);
        change.put("size", 3);
        ArrayNode probability = change.putArray("probabilityLabels");
        for (String label : probabilityLabels) {
            probability.add(label);
        }
        change.putArray("impactLabels").add("Dent").add("Damage").add("Disaster");
        ArrayNode bands = change.putArray("bands");
        bands.addObject().put("key", "LOW").put("label", "Fine").put("minScore", 1).put("colour", "#36b37e");
        bands.addObject().put("key", "CRITICAL").put("label", "Act now").put("minScore", 5).put("colour", "#de350b");
        return change;
    }

    private static HttpResponse<String> put(String project, ObjectNode body, String user, String websudoCookie)
            throws IOException, InterruptedException {
        String query = project == null ? "" : "?project=" + URLEncoder.encode(project, StandardCharsets.UTF_8);
        return fixture.send(HttpRequest.newBuilder(fixture.uri(MATRIX + query))
                .header("Cookie", cookies(user, websudoCookie)).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }
}
