package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.data.DemoPortfolios;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The portfolio API over HTTP on the demo portfolio: concurrent rank moves, bad input and stale versions.
 */
class PortfolioHttpTest extends HttpTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static String portfolio;

    @BeforeAll
    static void findTheDemoPortfolio() throws Exception {
        JsonNode list = read("rest/pmo/1.0/portfolios", LEAD);
        for (JsonNode candidate : list.path("portfolios")) {
            if (DemoPortfolios.ALL_INITIATIVES.equals(candidate.path("name").asText())) {
                portfolio = "rest/pmo/1.0/portfolios/" + candidate.path("id").asLong();
            }
        }
        assertThat(portfolio).isNotNull();
    }

    @Test
    void twoPmoLeadsMovingAtOnceOnTheSameBoardGetOneMoveAndOneConflictNeverALostUpdate() throws Exception {
        JsonNode board = read(portfolio + "/items?maxResults=10", LEAD);
        long rankVersion = board.path("portfolio").path("rankVersion").asLong();
        List<String> keys = new ArrayList<>();
        board.path("items").forEach(item -> keys.add(item.path("key").asText()));
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = JSON.createObjectNode().put("issueKey", keys.get(4 + i % 5)).put("below", keys.get(0))
                    .put("reason", "Race " + i).put("rankVersion", rankVersion).toString();
            answers.add(pool.submit(() -> {
                start.await();
                return fixture.sendJson("POST", portfolio + "/ranks", body, LEAD);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).as("one move wins, the others are stale").containsOnly(200, 409);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
        long after = read(portfolio, LEAD).path("rankVersion").asLong();
        assertThat(after).as("exactly one move was stored").isEqualTo(rankVersion + 1);
        JsonNode moved = read(portfolio + "/items?maxResults=1", LEAD).path("items").get(0);
        assertThat(moved.path("manual").path("reason").asText()).startsWith("Race ");
        assertThat(moved.path("manual").path("by").asText()).isEqualTo(LEAD);
        assertThat(moved.path("manual").path("byName").asText()).as("the mover's display name")
                .isEqualTo(fixture.strings("SELECT display_name FROM sandbox_user WHERE user_key = ?", LEAD).get(0))
                .isNotEqualTo(LEAD);
    }

    @Test
    void anOwnerWhoIsNoUserIsA400OnTheFieldAndNothingChanges() throws Exception {
        JsonNode before = read(portfolio, LEAD);
        ObjectNode change = before.deepCopy();
        change.putArray("owners").add(PortfolioGenerator.PROJECT_MANAGER).add("nobody-at-all");
        HttpResponse<String> refused = fixture.sendJson("PUT", portfolio, JSON.writeValueAsString(change), LEAD);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("errors").path("owners").asText()).contains("nobody-at-all");
        assertThat(read(portfolio, LEAD).path("version").asLong()).isEqualTo(before.path("version").asLong());
        assertThat(read(portfolio, LEAD).path("owners")).isEqualTo(before.path("owners"));
    }

    @Test
    void twoPmoLeadsAcceptingOneRequestAtOnceCreateOneInitiativeAndTheOthersGet409() throws Exception {
        String manager = PortfolioGenerator.PROJECT_MANAGER;
        HttpResponse<String> submitted = fixture.sendJson("POST", portfolio + "/intake", JSON.createObjectNode()
                .put("title", "Race for <b>acceptance</b>").put("businessCase", "Two leads at once")
                .put("sponsor", "CFO").toString(), manager);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode request = JSON.readTree(submitted.body());
        String intakeProject = read(portfolio, LEAD).path("intakeProject").asText();
        long issuesBefore = Long.parseLong(fixture.strings("SELECT COUNT(*) FROM issue i JOIN project p"
                + " ON p.id = i.project_id WHERE p.pkey = ?", intakeProject).get(0));
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        String body = JSON.createObjectNode().put("decision", "ACCEPT").put("reason", "")
                .put("version", request.path("version").asLong()).toString();
        for (int i = 0; i < writers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return fixture.sendJson("POST", portfolio + "/intake/" + request.path("id").asLong() + "/decision",
                        body, LEAD);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        pool.shutdown();
        // The losers read the request before or after the winner wrote: stale (409) or already decided (400).
        assertThat(statuses).isSubsetOf(200, 409, 400);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
        long issuesAfter = Long.parseLong(fixture.strings("SELECT COUNT(*) FROM issue i JOIN project p"
                + " ON p.id = i.project_id WHERE p.pkey = ?", intakeProject).get(0));
        assertThat(issuesAfter).as("one initiative was created").isEqualTo(issuesBefore + 1);
        JsonNode accepted = read(portfolio + "/intake/" + request.path("id").asLong(), LEAD);
        assertThat(accepted.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("issueKey").asText()).startsWith(intakeProject + "-");
        assertThat(accepted.path("decisions")).hasSize(1);
        assertThat(fixture.strings("SELECT i.summary FROM issue i JOIN project p ON p.id = i.project_id"
                + " WHERE p.pkey || '-' || i.issue_num = ?", accepted.path("issueKey").asText()))
                .containsExactly("Race for <b>acceptance</b>");
    }

    @Test
    void badIntakeRequestsAnswer400PerFieldAndAViewerIsRefusedWithAReason() throws Exception {
        String manager = PortfolioGenerator.PROJECT_MANAGER;
        int before = read(portfolio + "/intake", manager).path("requests").size();
        HttpResponse<String> bad = fixture.sendJson("POST", portfolio + "/intake", "{\"title\": \" \","
                + " \"inputs\": {\"jobSize\": 0, \"nonsense\": 3, \"reach\": \"many\"}, \"colour\": 1}",
                manager);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("errors").fieldNames()).toIterable()
                .contains("nonsense", "reach", "colour");
        HttpResponse<String> empty = fixture.sendJson("POST", portfolio + "/intake",
                "{\"title\": \" \", \"inputs\": {\"jobSize\": 0}}", manager);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).path("errors").fieldNames()).toIterable()
                .contains("title", "businessCase", "jobSize");
        assertThat(read(portfolio + "/intake", manager).path("requests")).as("nothing stored").hasSize(before);

        HttpResponse<String> viewer = fixture.sendJson("POST", portfolio + "/intake",
                "{\"title\": \"Mine\", \"businessCase\": \"Why\"}", PortfolioGenerator.VIEWER);
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(viewer.body()).path("errorMessages").get(0).asText())
                .isEqualTo("Only people who may create issues in the portfolio's intake project may request an"
                        + " initiative.");
    }

    @Test
    void aMoveOnAStaleBoardIsRefusedWith409AndAMalformedOneWith400PerField() throws Exception {
        JsonNode board = read(portfolio + "/items?maxResults=3", LEAD);
        long rankVersion = board.path("portfolio").path("rankVersion").asLong();
        String first = board.path("items").get(0).path("key").asText();
        String third = board.path("items").get(2).path("key").asText();
        HttpResponse<String> stale = fixture.sendJson("POST", portfolio + "/ranks", JSON.createObjectNode()
                .put("issueKey", third).put("below", first).put("rankVersion", rankVersion + 7).toString(), LEAD);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).path("errorMessages").get(0).asText()).isNotBlank();
        HttpResponse<String> malformed = fixture.sendJson("POST", portfolio + "/ranks", JSON.createObjectNode()
                .put("issueKey", third).put("below", "NOPE-1").put("rankVersion", "seven").toString(), LEAD);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).path("errors").has("rankVersion")).isTrue();
        assertThat(read(portfolio, LEAD).path("rankVersion").asLong()).isEqualTo(rankVersion);
    }

    @Test
    void badPortfolioDefinitionsAnswer400NamingEveryFieldAndStoreNothing() throws Exception {
        int before = read("rest/pmo/1.0/portfolios", LEAD).path("portfolios").size();
        String body = """
                {"name": "", "scope": {"projects": [], "issueTypes": []},
                 "scoring": {"model": "WEIGHTED", "criteria": [{"id": "v", "input": "businessValue", "weight": 0,
                   "direction": "BENEFIT"}, {"id": "s", "input": "jobSize", "weight": -2, "direction": "COST"}]},
                 "capacity": {"unit": "hours", "amount": -1}}""";
        HttpResponse<String> answer = fixture.sendJson("POST", "rest/pmo/1.0/portfolios", body, LEAD);
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(answer.body()).path("errors");
        assertThat(errors.has("name")).isTrue();
        assertThat(errors.has("scope.projects")).isTrue();
        assertThat(errors.has("scope.issueTypes")).isTrue();
        assertThat(errors.has("scoring.criteria[1].weight")).isTrue();
        assertThat(errors.has("capacity.unit")).isTrue();
        assertThat(errors.has("capacity.amount")).isTrue();
        HttpResponse<String> unknownModel = fixture.sendJson("POST", "rest/pmo/1.0/portfolios",
                body.replace("WEIGHTED", "ASTROLOGY"), LEAD);
        assertThat(JSON.readTree(unknownModel.body()).path("errors").has("scoring.model")).isTrue();
        assertThat(read("rest/pmo/1.0/portfolios", LEAD).path("portfolios").size()).isEqualTo(before);
    }

    @Test
    void aJobSizeOfZeroTypedInlineIs400AndNothingIsWritten() throws Exception {
        String key = read(portfolio + "/items?maxResults=1&project=" + firstProjectLedBy(LEAD), LEAD)
                .path("items").get(0).path("key").asText();
        JsonNode before = read(portfolio + "/items/" + key + "/score", LEAD);
        HttpResponse<String> answer = fixture.sendJson("PUT", portfolio + "/items/" + key + "/inputs",
                "{\"values\": {\"jobSize\": 0, \"businessValue\": 13}}", LEAD);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("errors").has("jobSize")).isTrue();
        assertThat(read(portfolio + "/items/" + key + "/score", LEAD)).as("neither value was written")
                .isEqualTo(before);
    }

    private static JsonNode read(String path, String user) throws Exception {
        HttpResponse<String> answer = fixture.get(path, user);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
