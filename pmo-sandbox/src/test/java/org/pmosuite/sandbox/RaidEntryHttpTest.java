package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * RAID entries created and changed over real HTTP: validation against the project's matrix with every reason per
 * field and nothing stored, a hostile response plan kept verbatim as text, a stale change refused with 409, and a
 * hidden entry answered exactly like a missing one.
 */
class RaidEntryHttpTest extends HttpTestBase {

    private static final String ENTRIES = "rest/pmo/1.0/raid/entries";
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final ObjectMapper JSON = new ObjectMapper();

    static String project;

    @BeforeAll
    static void start() throws Exception {
        project = firstProjectLedBy(MANAGER);
    }

    @Test
    void aNewRiskIsStoredWithItsFieldsAndAHostilePlanStaysText() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("summary", "Vendor may fold <img src=x onerror=alert(1)>")
                .put("type", "risk").put("probability", 5).put("impact", 4).put("owner", MANAGER)
                .put("roam", "OWNED").put("responsePlan", "<script>alert('x')</script>\n=HYPERLINK(\"evil\")")
                .put("reviewDate", "2026-01-15");

        HttpResponse<String> created = send("POST", ENTRIES + "?project=" + project, body, MANAGER);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode entry = JSON.readTree(created.body());
        assertThat(entry.get("key").asText()).startsWith(project + "-");
        assertThat(entry.get("score").asInt()).isEqualTo(20);
        assertThat(entry.get("band").asText()).isEqualTo("CRITICAL");
        assertThat(entry.get("responsePlan").asText()).isEqualTo("<script>alert('x')</script>\n=HYPERLINK(\"evil\")");
        assertThat(entry.get("owner").get("name").asText()).isEqualTo("Daniel Brandt");
        assertThat(entry.get("attention").toString()).contains("REVIEW_OVERDUE");
        JsonNode read = JSON.readTree(fixture.get(ENTRIES + "/" + entry.get("key").asText(), MANAGER).body());
        assertThat(read).isEqualTo(entry);
    }

    @Test
    void badInputAnswers400PerFieldAndStoresNothing() throws Exception {
        String before = fixture.strings("SELECT COUNT(*) FROM issue").get(0);
        ObjectNode body = JSON.createObjectNode().put("summary", "").put("type", "PROBLEM").put("probability", 9)
                .put("roam", "MAYBE").put("reviewDate", "15/01/2026").put("owner", "nobody-here")
                .put("colour", "red");

        HttpResponse<String> refused = send("POST", ENTRIES + "?project=" + project, body, MANAGER);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("errors").fieldNames()).toIterable()
                .contains("summary", "type", "probability", "roam", "reviewDate", "colour");
        assertThat(fixture.strings("SELECT COUNT(*) FROM issue").get(0)).isEqualTo(before);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndTheFirstChangeStays() throws Exception {
        JsonNode entry = JSON.readTree(send("POST", ENTRIES + "?project=" + project, JSON.createObjectNode()
                .put("summary", "Budget cut").put("type", "RISK").put("probability", 3).put("impact", 3), MANAGER)
                .body());
        String key = entry.get("key").asText();

        ObjectNode first = ((ObjectNode) entry.deepCopy()).put("roam", "MITIGATED");
        HttpResponse<String> saved = send("PUT", ENTRIES + "/" + key, first, MANAGER);
        ObjectNode stale = ((ObjectNode) entry.deepCopy()).put("roam", "ACCEPTED");
        HttpResponse<String> refused = send("PUT", ENTRIES + "/" + key, stale, MANAGER);

        assertThat(saved.statusCode()).as("the body GET answered, sent back changed").isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(fixture.get(ENTRIES + "/" + key, MANAGER).body()).get("roam").asText())
                .isEqualTo("MITIGATED");
    }

    @Test
    void anEntryTheUserMayNotSeeAnswersLikeOneThatDoesNotExist() throws Exception {
        String secured = fixture.strings("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE i.raid_type IS NOT NULL AND i.security_level_id IS NOT NULL ORDER BY i.id""").get(0);
        String missing = secured.substring(0, secured.indexOf('-')) + "-999999";

        HttpResponse<String> hidden = fixture.get(ENTRIES + "/" + secured, PortfolioGenerator.VIEWER);
        HttpResponse<String> absent = fixture.get(ENTRIES + "/" + missing, PortfolioGenerator.VIEWER);

        assertThat(hidden.statusCode()).isEqualTo(404).isEqualTo(absent.statusCode());
        assertThat(hidden.body().replace(secured, "KEY")).isEqualTo(absent.body().replace(missing, "KEY"));
        assertThat(fixture.get(ENTRIES + "/" + secured, PortfolioGenerator.PMO_LEAD).statusCode()).isEqualTo(200);
    }

    @Test
    void aDependencyOnAnIssueTheUserMayNotSeeIsNotNamedAndKeptWhenTheEntryIsSavedAsRead() throws Exception {
        String viewer = PortfolioGenerator.VIEWER;
        String secured = fixture.strings("""
                SELECT i.id FROM issue i WHERE i.security_level_id IS NOT NULL AND NOT EXISTS (SELECT 1
                  FROM issue_security_grant s WHERE s.level_id = i.security_level_id AND s.user_key = ?)
                ORDER BY i.id""", viewer).get(0);
        String securedKey = fixture.strings("SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p "
                + "ON p.id = i.project_id WHERE i.id = ?", Long.valueOf(secured)).get(0);
        String dependency = fixture.strings("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE i.raid_type = 'DEPENDENCY' AND i.security_level_id IS NULL ORDER BY i.id""").get(0);
        fixture.execute("UPDATE issue SET depends_on_issue_id = ? WHERE id = (SELECT i.id FROM issue i JOIN project p "
                + "ON p.id = i.project_id WHERE p.pkey || '-' || i.issue_num = ?)", Long.valueOf(secured), dependency);

        JsonNode read = JSON.readTree(fixture.get(ENTRIES + "/" + dependency, viewer).body());
        ObjectNode changed = ((ObjectNode) read.deepCopy()).put("roam", "ACCEPTED");
        HttpResponse<String> saved = send("PUT", ENTRIES + "/" + dependency, changed, viewer);

        assertThat(read.get("dependsOn").toString()).isEqualTo("{\"key\":null,\"resolved\":null,\"visible\":false}");
        assertThat(read.toString()).doesNotContain(securedKey);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(fixture.strings("SELECT depends_on_issue_id FROM issue i JOIN project p ON p.id = i.project_id "
                + "WHERE p.pkey || '-' || i.issue_num = ?", dependency)).containsExactly(secured);
        assertThat(JSON.readTree(fixture.get(ENTRIES + "/" + dependency, PortfolioGenerator.PMO_LEAD).body())
                .get("dependsOn").get("key").asText()).isEqualTo(securedKey);
    }

    private static HttpResponse<String> send(String method, String path, JsonNode body, String user)
            throws Exception {
        return fixture.sendJson(method, path, body.toString(), user);
    }
}
