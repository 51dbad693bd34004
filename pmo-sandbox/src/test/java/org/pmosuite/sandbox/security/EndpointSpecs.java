package org.pmosuite.sandbox.security;

import static org.pmosuite.sandbox.security.EndpointSpec.Access.ADMIN;
import static org.pmosuite.sandbox.security.EndpointSpec.Access.EDITOR;
import static org.pmosuite.sandbox.security.EndpointSpec.Access.INTAKE_ANSWERER;
import static org.pmosuite.sandbox.security.EndpointSpec.Access.INTAKE_PARTY;
import static org.pmosuite.sandbox.security.EndpointSpec.Access.INTAKE_REQUESTER;
import static org.pmosuite.sandbox.security.EndpointSpec.Access.PMO_LEAD;
import static org.pmosuite.sandbox.security.EndpointSpec.Access.PROJECT_ADMIN;
import static org.pmosuite.sandbox.security.EndpointSpec.Access.USER;
import static org.pmosuite.sandbox.security.EndpointSpec.Concern.ISSUE;
import static org.pmosuite.sandbox.security.EndpointSpec.Concern.NONE;
import static org.pmosuite.sandbox.security.EndpointSpec.Concern.PROJECT;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pmosuite.sandbox.security.EndpointSpec.Call;
import org.pmosuite.sandbox.security.EndpointSpec.Request;

/**
 * The request spec of every endpoint the app publishes. A new endpoint without one here fails
 * {@link EndpointCoverageTest}, naming it.
 */
final class EndpointSpecs {

    static final String REST = "rest/pmo/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EndpointSpecs() {
    }

    static List<EndpointSpec> all() {
        return List.of(
                // RAID heat map
                new EndpointSpec("GET /rest/pmo/1.0/raid/heatmap", PROJECT, USER, false, true,
                        call -> Request.get(REST + "raid/heatmap" + query(call, "type=RISK&type=ISSUE"))),
                new EndpointSpec("GET /plugins/servlet/pmo/raid/heatmap", PROJECT, USER, false, true,
                        call -> Request.get("plugins/servlet/pmo/raid/heatmap" + query(call, ""))),
                // RAID log and register
                new EndpointSpec("GET /rest/pmo/1.0/raid/log", PROJECT, USER, false, true,
                        call -> Request.get(REST + "raid/log" + query(call, "sort=score&order=desc&maxResults=25"))),
                new EndpointSpec("GET /rest/pmo/1.0/raid/log/groups", PROJECT, USER, false, true,
                        call -> Request.get(REST + "raid/log/groups" + query(call, "group=owner"))),
                new EndpointSpec("GET /rest/pmo/1.0/raid/log/csv", PROJECT, USER, false, true,
                        call -> Request.get(REST + "raid/log/csv" + query(call, "needsAttention=true"))),
                new EndpointSpec("GET /plugins/servlet/pmo/raid/log", PROJECT, USER, false, true,
                        call -> Request.get("plugins/servlet/pmo/raid/log" + query(call, ""))),
                // RAID entries
                new EndpointSpec("GET /rest/pmo/1.0/raid/entries/{key}", ISSUE, USER, false, false,
                        call -> Request.get(REST + "raid/entries/" + call.issue())),
                new EndpointSpec("POST /rest/pmo/1.0/raid/entries", PROJECT, USER, false, false,
                        call -> new Request("POST", REST + "raid/entries" + query(call, ""), newRisk(call))),
                new EndpointSpec("PUT /rest/pmo/1.0/raid/entries/{key}", ISSUE, USER, false, false,
                        EndpointSpecs::changedEntry),
                new EndpointSpec("WEB-PANEL raid-issue-panel", ISSUE, USER, false, false,
                        call -> Request.get("browse/" + call.issue())),
                // RAID setup
                new EndpointSpec("GET /rest/pmo/1.0/raid/setup", PROJECT, PROJECT_ADMIN, false, false,
                        call -> Request.get(REST + "raid/setup" + query(call, ""))),
                new EndpointSpec("POST /rest/pmo/1.0/raid/setup", PROJECT, PROJECT_ADMIN, true, false,
                        EndpointSpecs::applySetup),
                new EndpointSpec("GET /plugins/servlet/pmo/raid/setup", PROJECT, PROJECT_ADMIN, true, false,
                        call -> Request.get("plugins/servlet/pmo/raid/setup" + query(call, ""))),
                // Risk matrix: a project's (its administrators) or, with no project, the portfolio default (admins)
                new EndpointSpec("GET /rest/pmo/1.0/raid/matrix", PROJECT, USER, false, true,
                        call -> Request.get(REST + "raid/matrix" + query(call, ""))),
                new EndpointSpec("PUT /rest/pmo/1.0/raid/matrix", PROJECT, PROJECT_ADMIN, true, true,
                        EndpointSpecs::changedMatrix),
                new EndpointSpec("DELETE /rest/pmo/1.0/raid/matrix", PROJECT, PROJECT_ADMIN, true, false,
                        call -> new Request("DELETE", REST + "raid/matrix" + query(call,
                                "version=" + matrixVersion(call)), null)),
                new EndpointSpec("GET /plugins/servlet/pmo/raid/matrix", PROJECT, PROJECT_ADMIN, true, true,
                        call -> Request.get("plugins/servlet/pmo/raid/matrix" + query(call, ""))),
                // Portfolios: the demo's portfolio of every project, as each user sees it
                new EndpointSpec("GET /rest/pmo/1.0/portfolios", NONE, USER, false, false,
                        call -> Request.get(REST + "portfolios")),
                new EndpointSpec("POST /rest/pmo/1.0/portfolios", NONE, PMO_LEAD, false, false,
                        EndpointSpecs::newPortfolio),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}", NONE, USER, false, false,
                        call -> Request.get(portfolio(call))),
                new EndpointSpec("PUT /rest/pmo/1.0/portfolios/{id}", NONE, PMO_LEAD, false, false,
                        EndpointSpecs::changedPortfolio),
                new EndpointSpec("DELETE /rest/pmo/1.0/portfolios/{id}", NONE, PMO_LEAD, false, false,
                        EndpointSpecs::deletedProbe),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/items", NONE, USER, false, false,
                        call -> Request.get(portfolio(call) + "/items?maxResults=25")),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/items/csv", NONE, USER, false, false,
                        call -> Request.get(portfolio(call) + "/items/csv")),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/items/{key}/score", NONE, USER, false, false,
                        call -> Request.get(portfolio(call) + "/items/" + item(call, 0, false) + "/score")),
                new EndpointSpec("PUT /rest/pmo/1.0/portfolios/{id}/items/{key}/inputs", NONE, EDITOR, false, false,
                        call -> new Request("PUT", portfolio(call) + "/items/" + item(call, 0, true) + "/inputs",
                                "{\"values\": {\"businessValue\": 8}}")),
                new EndpointSpec("PUT /rest/pmo/1.0/portfolios/{id}/items/{key}/forcing", NONE, PMO_LEAD, false,
                        false, call -> new Request("PUT", portfolio(call) + "/items/" + item(call, 1, false)
                                + "/forcing", JSON.createObjectNode().put("forcing", "IN").put("reason", "Contract")
                                .put("rankVersion", rankVersion(call)).toString())),
                new EndpointSpec("POST /rest/pmo/1.0/portfolios/{id}/ranks", NONE, PMO_LEAD, false, false,
                        call -> new Request("POST", portfolio(call) + "/ranks", JSON.createObjectNode()
                                .put("issueKey", item(call, 2, false)).put("below", item(call, 0, false))
                                .put("reason", "Steering committee").put("rankVersion", rankVersion(call))
                                .toString())),
                new EndpointSpec("DELETE /rest/pmo/1.0/portfolios/{id}/ranks/{key}", NONE, PMO_LEAD, false, false,
                        call -> new Request("DELETE", portfolio(call) + "/ranks/" + item(call, 0, false)
                                + "?rankVersion=" + rankVersion(call), null)),
                new EndpointSpec("POST /rest/pmo/1.0/portfolios/{id}/refresh", NONE, USER, false, false,
                        call -> new Request("POST", portfolio(call) + "/refresh", null)),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/audit", NONE, USER, false, false,
                        call -> Request.get(portfolio(call) + "/audit")),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/scenarios", NONE, USER, false, false,
                        call -> Request.get(portfolio(call) + "/scenarios")),
                new EndpointSpec("POST /rest/pmo/1.0/portfolios/{id}/scenarios", NONE, PMO_LEAD, false, false,
                        call -> new Request("POST", portfolio(call) + "/scenarios", JSON.createObjectNode()
                                .put("name", PROBE + System.nanoTime()).set("capacity", JSON.createObjectNode()
                                        .put("amount", 100)).toString())),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/scenarios/{scenario}", NONE, USER, false, false,
                        call -> Request.get(scenario(call, false))),
                new EndpointSpec("PUT /rest/pmo/1.0/portfolios/{id}/scenarios/{scenario}", NONE, PMO_LEAD, false,
                        false, EndpointSpecs::changedScenario),
                new EndpointSpec("DELETE /rest/pmo/1.0/portfolios/{id}/scenarios/{scenario}", NONE, PMO_LEAD, false,
                        false, call -> new Request("DELETE", scenario(call, true) + "?version="
                                + scenarioVersion(call), null)),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/scenarios/{scenario}/comparison", NONE, USER,
                        false, false, call -> Request.get(scenario(call, false) + "/comparison?changed=true")),
                new EndpointSpec("POST /rest/pmo/1.0/portfolios/{id}/scenarios/{scenario}/commit", NONE, PMO_LEAD,
                        false, false, EndpointSpecs::committedScenario),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/intake", NONE, USER, false, false,
                        call -> Request.get(portfolio(call) + "/intake")),
                new EndpointSpec("POST /rest/pmo/1.0/portfolios/{id}/intake", NONE, INTAKE_REQUESTER, false, false,
                        call -> new Request("POST", portfolio(call) + "/intake", JSON.createObjectNode()
                                .put("title", PROBE + System.nanoTime()).put("businessCase", "Cuts support calls")
                                .put("sponsor", "Head of Customer Care").set("inputs", JSON.createObjectNode()
                                        .put("businessValue", 8).put("jobSize", 5)).toString())),
                new EndpointSpec("GET /rest/pmo/1.0/portfolios/{id}/intake/{request}", NONE, INTAKE_PARTY, false,
                        false, call -> Request.get(portfolio(call) + "/intake/" + intakeRequest(call, false)
                                .path("id").asLong())),
                new EndpointSpec("POST /rest/pmo/1.0/portfolios/{id}/intake/{request}/decision", NONE, PMO_LEAD,
                        false, false, EndpointSpecs::intakeDecision),
                new EndpointSpec("POST /rest/pmo/1.0/portfolios/{id}/intake/{request}/answer", NONE,
                        INTAKE_ANSWERER, false, false, call -> {
                            JsonNode request = intakeRequest(call, true);
                            return new Request("POST", portfolio(call) + "/intake/" + request.path("id").asLong()
                                    + "/answer", JSON.createObjectNode().put("information", "About 200 sellers")
                                    .put("version", request.path("version").asLong(1)).toString());
                        }),
                new EndpointSpec("GET /plugins/servlet/pmo/portfolio/board", NONE, USER, false, false,
                        call -> Request.get("plugins/servlet/pmo/portfolio/board")),
                // KPI dashboard items: the dashboard page that loads them (their data comes from the REST above)
                new EndpointSpec("DASHBOARD-ITEM raid-exposure-item", NONE, USER, false, false,
                        call -> Request.get("secure/Dashboard.jspa")));
    }

    static Map<String, EndpointSpec> byId() {
        return all().stream().collect(Collectors.toMap(EndpointSpec::id, Function.identity()));
    }

    /** Who may call an admin-only variant: the portfolio default matrix is changed by Jira administrators only. */
    static EndpointSpec.Access accessFor(EndpointSpec spec, String project) {
        return spec.access() == PROJECT_ADMIN && project == null ? ADMIN : spec.access();
    }

    /** {@code ?project=KEY&more}, or {@code ?more} across projects. */
    static String query(Call call, String more) {
        String project = call.project() == null ? "" : "project=" + call.project();
        String joined = project.isEmpty() ? more : more.isEmpty() ? project : project + "&" + more;
        return joined.isEmpty() ? "" : "?" + joined;
    }

    /** Names of what the harness creates, so that its deletes find them and never the demo's own. */
    static final String PROBE = "Security probe ";
    private static final String DEMO_PORTFOLIO = "Digital growth 2027";

    /** The demo's portfolio of every project, as the user reads it; a plausible path when they cannot. */
    static String portfolio(Call call) {
        JsonNode list = call.reads().json(REST + "portfolios");
        if (list != null) {
            for (JsonNode portfolio : list.path("portfolios")) {
                if (DEMO_PORTFOLIO.equals(portfolio.path("name").asText())) {
                    return REST + "portfolios/" + portfolio.path("id").asLong();
                }
            }
        }
        return REST + "portfolios/1";
    }

    /**
     * The key of the n-th initiative on the user's board (of the call's project when {@code ofProject}), or a
     * plausible key when there is none.
     */
    private static String item(Call call, int index, boolean ofProject) {
        String filter = ofProject && call.project() != null ? "&project=" + call.project() : "";
        JsonNode board = call.reads().json(portfolio(call) + "/items?maxResults=5" + filter);
        JsonNode items = board == null ? null : board.path("items");
        if (items == null || items.size() == 0) {
            return (call.project() == null ? "NONE" : call.project()) + "-1";
        }
        return items.get(Math.min(index, items.size() - 1)).path("key").asText();
    }

    private static long rankVersion(Call call) {
        JsonNode portfolio = call.reads().json(portfolio(call));
        return portfolio == null ? 0 : portfolio.path("rankVersion").asLong();
    }

    private static Request newPortfolio(Call call) {
        ObjectNode body = JSON.createObjectNode().put("name", PROBE + System.nanoTime());
        ObjectNode scope = body.putObject("scope");
        scope.putArray("projects").add(call.project() == null ? "NONE" : call.project());
        scope.putArray("issueTypes").add("Initiative");
        body.putObject("scoring").put("model", "WSJF");
        body.putObject("capacity").put("unit", "STORY_POINTS").put("amount", 40).put("period", "2027 Q2");
        return new Request("POST", REST + "portfolios", body.toString());
    }

    /** The demo portfolio as the user read it, with another description. */
    private static Request changedPortfolio(Call call) {
        String path = portfolio(call);
        JsonNode read = call.reads().json(path);
        ObjectNode body = read == null ? (ObjectNode) JSON.createObjectNode().put("name", DEMO_PORTFOLIO)
                .put("version", 1) : (ObjectNode) read.deepCopy();
        body.put("description", "Reviewed by the steering committee " + System.nanoTime());
        return new Request("PUT", path, body.toString());
    }

    /** The newest portfolio the harness made; a missing one when it made none. */
    private static Request deletedProbe(Call call) {
        JsonNode list = call.reads().json(REST + "portfolios");
        // Without a probe of its own: the demo portfolio at a version it never has, refused as stale (409) when
        // allowed, so that the harness never deletes the demo's data.
        long id = Long.parseLong(portfolio(call).substring(portfolio(call).lastIndexOf('/') + 1));
        long version = 0;
        boolean probe = false;
        if (list != null) {
            for (JsonNode portfolio : list.path("portfolios")) {
                if (portfolio.path("name").asText().startsWith(PROBE) && (!probe || portfolio.path("id").asLong() < id)) {
                    probe = true;
                    id = portfolio.path("id").asLong();
                    version = portfolio.path("version").asLong();
                }
            }
        }
        return new Request("DELETE", REST + "portfolios/" + id + "?version=" + version, null);
    }

    /** A scenario of the demo portfolio: the harness's own when {@code probe} and there is one, else the first. */
    private static String scenario(Call call, boolean probe) {
        String base = portfolio(call) + "/scenarios";
        JsonNode list = call.reads().json(base);
        if (list == null || list.path("scenarios").size() == 0) {
            return base + "/999999";
        }
        JsonNode chosen = list.path("scenarios").get(0);
        for (JsonNode scenario : list.path("scenarios")) {
            if (probe && scenario.path("name").asText().startsWith(PROBE)) {
                chosen = scenario;
            }
        }
        return base + "/" + chosen.path("id").asLong();
    }

    private static long scenarioVersion(Call call) {
        JsonNode scenario = call.reads().json(scenario(call, true));
        return scenario == null ? 1 : scenario.path("version").asLong();
    }

    private static Request changedScenario(Call call) {
        String path = scenario(call, true);
        JsonNode read = call.reads().json(path);
        ObjectNode body = read == null ? (ObjectNode) JSON.createObjectNode().put("name", "Renamed").put("version", 1)
                : (ObjectNode) read.deepCopy();
        return new Request("PUT", path, body.toString());
    }

    private static Request committedScenario(Call call) {
        JsonNode portfolio = call.reads().json(portfolio(call));
        return new Request("POST", scenario(call, true) + "/commit", JSON.createObjectNode()
                .put("version", portfolio == null ? 1 : portfolio.path("version").asLong())
                .put("rankVersion", portfolio == null ? 0 : portfolio.path("rankVersion").asLong()).toString());
    }

    /**
     * An intake request the user sees in the demo portfolio's lane: when {@code waiting}, one of theirs waiting for
     * their answer if there is one, else one waiting for anybody's; otherwise the first. With none in their lane,
     * the demo's first request (the project manager's; the store numbers requests from 1), which they may not see.
     */
    static JsonNode intakeRequest(Call call, boolean waiting) {
        JsonNode lane = call.reads().json(portfolio(call) + "/intake");
        JsonNode chosen = null;
        if (lane != null) {
            for (JsonNode request : lane.path("requests")) {
                boolean asked = "INFO_REQUESTED".equals(request.path("state").asText());
                if (chosen == null && (!waiting || asked)) {
                    chosen = request;
                }
                if (waiting && asked && request.path("mine").asBoolean()) {
                    return request;
                }
            }
        }
        return chosen != null ? chosen : JSON.createObjectNode().put("id", 1).put("version", 1);
    }

    /** Asks for more information on the newest request waiting in the user's lane. */
    private static Request intakeDecision(Call call) {
        JsonNode lane = call.reads().json(portfolio(call) + "/intake?state=PENDING");
        JsonNode newest = null;
        if (lane != null) {
            for (JsonNode request : lane.path("requests")) {
                if (newest == null || request.path("id").asLong() > newest.path("id").asLong()) {
                    newest = request;
                }
            }
        }
        long id = newest == null ? 1 : newest.path("id").asLong();
        return new Request("POST", portfolio(call) + "/intake/" + id + "/decision", JSON.createObjectNode()
                .put("decision", "REQUEST_INFO").put("reason", "What would it cost to run?")
                .put("version", newest == null ? 1 : newest.path("version").asLong()).toString());
    }

    private static String newRisk(Call call) {
        return JSON.createObjectNode().put("summary", "Supplier capacity may fall short").put("type", "RISK")
                .put("probability", 3).put("impact", 4).put("roam", "OWNED").put("responsePlan", "Second source")
                .put("reviewDate", "2027-01-15").toString();
    }

    /** The entry as the user read it, with another ROAM status; a plausible body when it cannot be read. */
    private static Request changedEntry(Call call) {
        String path = REST + "raid/entries/" + call.issue();
        JsonNode read = call.reads().json(path);
        ObjectNode body = read == null
                ? JSON.createObjectNode().put("summary", "Renamed").put("type", "RISK")
                        .put("updated", "2026-01-01T00:00:00Z")
                : (ObjectNode) read.deepCopy();
        body.put("roam", "MITIGATED".equals(body.path("roam").asText()) ? "ACCEPTED" : "MITIGATED");
        return new Request("PUT", path, body.toString());
    }

    /** Applies the dry run the user was shown; a fingerprint of nothing when there was none. */
    private static Request applySetup(Call call) {
        JsonNode plan = call.reads().json(REST + "raid/setup" + query(call, ""));
        String fingerprint = plan == null ? "000000000000000000000000" : plan.path("fingerprint").asText();
        return new Request("POST", REST + "raid/setup", JSON.createObjectNode().put("project", call.project())
                .put("fingerprint", fingerprint).toString());
    }

    /** The matrix the user was shown, with its first probability level renamed. */
    private static Request changedMatrix(Call call) {
        JsonNode view = call.reads().json(REST + "raid/matrix" + query(call, ""));
        JsonNode matrix = view == null ? null : view.path("matrix");
        ObjectNode change = JSON.createObjectNode();
        change.put("version", matrix == null ? 0 : matrix.path("version").asLong());
        int size = matrix == null ? 3 : matrix.path("size").asInt(3);
        change.put("size", size);
        var probability = change.putArray("probabilityLabels");
        var impact = change.putArray("impactLabels");
        for (int level = 1; level <= size; level++) {
            probability.add(level == 1 ? "Rare (reviewed)" : labelOf(matrix, "probabilityLabels", level));
            impact.add(labelOf(matrix, "impactLabels", level));
        }
        var bands = change.putArray("bands");
        if (matrix != null && matrix.path("bands").isArray()) {
            matrix.path("bands").forEach(band -> bands.addObject().put("key", band.path("key").asText())
                    .put("label", band.path("label").asText()).put("minScore", band.path("minScore").asInt())
                    .put("colour", band.path("colour").asText()));
        } else {
            bands.addObject().put("key", "LOW").put("label", "Fine").put("minScore", 1).put("colour", "#36b37e");
        }
        return new Request("PUT", REST + "raid/matrix" + query(call, ""), change.toString());
    }

    private static String labelOf(JsonNode matrix, String field, int level) {
        String label = matrix == null ? "" : matrix.path(field).path(level - 1).asText("");
        return label.isBlank() ? "Level " + level : label;
    }

    private static long matrixVersion(Call call) {
        JsonNode view = call.reads().json(REST + "raid/matrix" + query(call, ""));
        return view == null ? 0 : view.path("matrix").path("version").asLong();
    }
}
