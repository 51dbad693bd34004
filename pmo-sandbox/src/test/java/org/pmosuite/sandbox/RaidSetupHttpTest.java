package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * RAID setup over real HTTP on the demo portfolio, where one project the project manager leads has a screen of its
 * own from which two RAID fields were removed: the dry run lists exactly that, entries cannot use those fields until
 * it is applied, applying needs websudo, XSRF safety and the reviewed fingerprint, and a second run changes nothing.
 */
class RaidSetupHttpTest extends HttpTestBase {

    private static final String SETUP = "rest/pmo/1.0/raid/setup";
    private static final String ENTRIES = "rest/pmo/1.0/raid/entries";
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final String VIEWER = PortfolioGenerator.VIEWER;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The manager's project with a configuration of its own; one of theirs that is ready; one they cannot see. */
    static String drifted;
    static String ready;
    static String hidden;

    @BeforeAll
    static void start() throws Exception {
        drifted = fixture.strings("""
                SELECT p.pkey FROM project p JOIN project_configuration c ON c.project_id = p.id
                JOIN screen s ON s.id = c.create_screen_id WHERE p.lead_user_key = ? AND s.name <> 'Default Screen'
                ORDER BY p.pkey""", MANAGER).get(0);
        ready = fixture.strings("""
                SELECT p.pkey FROM project p JOIN project_configuration c ON c.project_id = p.id
                JOIN screen s ON s.id = c.create_screen_id WHERE p.lead_user_key = ? AND s.name = 'Default Screen'
                ORDER BY p.pkey""", MANAGER).get(0);
        hidden = fixture.strings("""
                SELECT pkey FROM project p WHERE NOT EXISTS (SELECT 1 FROM project_permission g
                WHERE g.project_id = p.id AND g.user_key = ?) ORDER BY pkey""", MANAGER).get(0);
    }

    @Test
    void theDryRunListsExactlyWhatIsMissingAndChangesNothing() throws Exception {
        String before = configuration();

        JsonNode plan = dryRun(drifted, MANAGER);

        assertThat(plan.get("ready").asBoolean()).isFalse();
        assertThat(plan.get("project").get("key").asText()).isEqualTo(drifted);
        assertThat(plan.get("changes")).extracting(change -> change.get("kind").asText(),
                change -> change.get("field").asText(), change -> change.get("screen").asText())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("addFieldToScreen", "RAID Validate by",
                                drifted + ": Scrum Default Screen"),
                        org.assertj.core.groups.Tuple.tuple("addFieldToScreen", "RAID Need by",
                                drifted + ": Scrum Default Screen"));
        assertThat(plan.get("changes").get(0).get("message").asText())
                .isEqualTo("Add the field 'RAID Validate by' to the screen '" + drifted + ": Scrum Default Screen'.");
        assertThat(plan.get("fingerprint").asText()).hasSize(24);
        assertThat(dryRun(ready, MANAGER).get("ready").asBoolean()).isTrue();
        assertThat(configuration()).isEqualTo(before);
    }

    @Test
    void applyingMakesExactlyThoseChangesOnceAndEntriesMayThenUseTheFields() throws Exception {
        // Another of the manager's projects gets a screen of its own, with the fields of the default screen but two.
        String project = fixture.strings("""
                SELECT p.pkey FROM project p JOIN project_configuration c ON c.project_id = p.id
                JOIN screen s ON s.id = c.create_screen_id WHERE p.lead_user_key = ? AND s.name = 'Default Screen'
                ORDER BY p.pkey""", MANAGER).get(1);
        fixture.execute("INSERT INTO screen (name) VALUES (?)", project + ": Kanban Screen");
        fixture.execute("""
                INSERT INTO screen_field SELECT n.id, x.field_id, x.position FROM screen n, screen d
                JOIN screen_field x ON x.screen_id = d.id JOIN custom_field f ON f.id = x.field_id
                WHERE n.name = ? AND d.name = 'Default Screen' AND f.type_key NOT IN ('VALIDATE_BY', 'NEED_BY')""",
                project + ": Kanban Screen");
        fixture.execute("""
                UPDATE project_configuration SET create_screen_id = (SELECT id FROM screen WHERE name = ?),
                edit_screen_id = (SELECT id FROM screen WHERE name = ?) WHERE project_id = (SELECT id FROM project
                WHERE pkey = ?)""", project + ": Kanban Screen", project + ": Kanban Screen", project);
        String lead = MANAGER;
        ObjectNode assumption = JSON.createObjectNode().put("summary", "The vendor keeps its price")
                .put("type", "assumption").put("validateBy", "2026-03-01");
        HttpResponse<String> refused = fixture.sendJson("POST", ENTRIES + "?project=" + project,
                assumption.toString(), lead);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("errors").get("validateBy").asText())
                .isEqualTo("The field 'RAID Validate by' is not on the screens of project " + project
                        + ". A project administrator adds it with RAID setup.");
        JsonNode plan = dryRun(project, lead);

        HttpResponse<String> applied = apply(project, plan.get("fingerprint").asText(), lead, websudo(lead));

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(applied.body());
        assertThat(report.get("applied")).isEqualTo(plan.get("changes")).hasSize(2);
        assertThat(report.get("remaining").get("ready").asBoolean()).isTrue();
        assertThat(fixture.strings("""
                SELECT f.name FROM screen_field x JOIN custom_field f ON f.id = x.field_id JOIN screen s
                ON s.id = x.screen_id WHERE s.name = ? ORDER BY x.position DESC LIMIT 2""",
                project + ": Kanban Screen")).containsExactly("RAID Need by", "RAID Validate by");
        HttpResponse<String> created = fixture.sendJson("POST", ENTRIES + "?project=" + project,
                assumption.toString(), lead);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String after = configuration();
        JsonNode again = dryRun(project, lead);
        assertThat(again.get("ready").asBoolean()).isTrue();
        HttpResponse<String> second = apply(project, again.get("fingerprint").asText(), lead, websudo(lead));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(second.body()).get("applied")).isEmpty();
        assertThat(configuration()).isEqualTo(after);
    }

    @Test
    void aDryRunThatNoLongerHoldsIsRefusedWith409AndNothingChanges() throws Exception {
        String before = configuration();

        HttpResponse<String> stale = apply(drifted, "0123456789abcdef01234567", MANAGER, websudo(MANAGER));

        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode body = JSON.readTree(stale.body());
        assertThat(body.get("errorMessages").get(0).asText()).contains("The configuration changed since");
        assertThat(body.get("plan").get("changes")).hasSize(2);
        assertThat(configuration()).isEqualTo(before);
    }

    @Test
    void onlyTheProjectsAdministratorsSetItUpAndAHiddenProjectLooksMissing() throws Exception {
        HttpResponse<String> viewer = fixture.get(SETUP + "?project=" + drifted, VIEWER);
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(viewer.body()).get("errorMessages").get(0).asText())
                .isEqualTo("Only administrators of project " + drifted + " can set up RAID for it.");
        String fingerprint = dryRun(drifted, MANAGER).get("fingerprint").asText();
        assertThat(apply(drifted, fingerprint, VIEWER, websudo(VIEWER)).statusCode()).isEqualTo(403);

        HttpResponse<String> hiddenAnswer = fixture.get(SETUP + "?project=" + hidden, MANAGER);
        HttpResponse<String> missingAnswer = fixture.get(SETUP + "?project=NOSUCH", MANAGER);
        assertThat(hiddenAnswer.statusCode()).isEqualTo(404).isEqualTo(missingAnswer.statusCode());
        assertThat(hiddenAnswer.body().replace(hidden, "KEY")).isEqualTo(missingAnswer.body().replace("NOSUCH", "KEY"));
        assertThat(dryRun(drifted, MANAGER).get("changes")).hasSize(2);
    }

    @Test
    void applyingNeedsWebsudoTheSameOriginAndTheFingerprint() throws Exception {
        String fingerprint = dryRun(drifted, MANAGER).get("fingerprint").asText();
        String before = configuration();

        HttpResponse<String> withoutWebsudo = apply(drifted, fingerprint, MANAGER, null);
        HttpResponse<String> crossOrigin = fixture.send(HttpRequest.newBuilder(fixture.uri(SETUP))
                .header("Cookie", cookies(MANAGER, websudo(MANAGER))).header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(
                        body(drifted, fingerprint))).build());
        HttpResponse<String> noFingerprint = fixture.send(HttpRequest.newBuilder(fixture.uri(SETUP))
                .header("Cookie", cookies(MANAGER, websudo(MANAGER))).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"project\":\"" + drifted + "\"}")).build());

        assertThat(withoutWebsudo.statusCode()).isEqualTo(401);
        assertThat(crossOrigin.statusCode()).isEqualTo(403);
        assertThat(noFingerprint.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noFingerprint.body()).get("errors").get("fingerprint").asText())
                .contains("fingerprint of the dry run");
        assertThat(configuration()).isEqualTo(before);
    }

    @Test
    void theSetupPageAsksForWebsudoAndRefusesOthersWithAReason() throws Exception {
        HttpResponse<String> noSudo = fixture.get("plugins/servlet/pmo/raid/setup?project=" + drifted, MANAGER);
        HttpResponse<String> page = fixture.send(HttpRequest.newBuilder(
                        fixture.uri("plugins/servlet/pmo/raid/setup?project=" + drifted))
                .header("Cookie", cookies(MANAGER, websudo(MANAGER))).GET().build());
        HttpResponse<String> viewer = fixture.get("plugins/servlet/pmo/raid/setup?project=" + drifted, VIEWER);

        assertThat(noSudo.statusCode()).isEqualTo(302);
        assertThat(noSudo.headers().firstValue("Location").orElseThrow()).contains("WebSudoAuthenticate");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"pmo-raid-setup\" data-project=\"" + drifted + "\"");
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.body()).contains("Only administrators of project " + drifted);
    }

    private static JsonNode dryRun(String project, String user) throws Exception {
        HttpResponse<String> answer = fixture.get(SETUP + "?project=" + project, user);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> apply(String project, String fingerprint, String user, String sudo)
            throws IOException, InterruptedException {
        return fixture.send(HttpRequest.newBuilder(fixture.uri(SETUP)).header("Cookie", cookies(user, sudo))
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(body(project, fingerprint))).build());
    }

    private static String body(String project, String fingerprint) {
        return JSON.createObjectNode().put("project", project).put("fingerprint", fingerprint).toString();
    }

    /** Everything RAID setup may change, as one text. */
    private static String configuration() throws SQLException {
        return String.join("\n", List.of(
                String.join(",", fixture.strings("SELECT CONCAT(id, type_key, name) FROM custom_field ORDER BY id")),
                String.join(",", fixture.strings("SELECT CONCAT(id, name) FROM issue_type ORDER BY id")),
                String.join(",", fixture.strings("SELECT CONCAT(scheme_id, '/', issue_type_id) FROM "
                        + "issue_type_scheme_entry ORDER BY scheme_id, issue_type_id")),
                String.join(",", fixture.strings("SELECT CONCAT(screen_id, '/', field_id, '/', position) FROM "
                        + "screen_field ORDER BY screen_id, field_id"))));
    }
}
