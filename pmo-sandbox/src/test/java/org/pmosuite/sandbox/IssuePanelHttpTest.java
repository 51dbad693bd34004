package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The issue view's RAID panel over real HTTP, as the sandbox's {@code /browse/KEY} hosts the app's web panel: the
 * entry's fields with its band and badges, a hostile plan shown as text, what depends on the issue from another
 * project, and a secured issue answered exactly like a missing one.
 */
class IssuePanelHttpTest extends HttpTestBase {

    private static final String ENTRIES = "rest/pmo/1.0/raid/entries";
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final String PANEL = "id=\"raid-issue-panel-web-panel\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String project;

    @BeforeAll
    static void start() throws Exception {
        project = firstProjectLedBy(MANAGER);
    }

    @Test
    void aRisksPanelShowsItsFieldsBandAndBadgesWithAHostilePlanAsText() throws Exception {
        String key = create(JSON.createObjectNode().put("summary", "Vendor <b>may</b> fold").put("type", "RISK")
                .put("probability", 5).put("impact", 4).put("owner", MANAGER)
                .put("responsePlan", "<script>document.title='pwned'</script>\"><img src=x onerror=alert(1)>")
                .put("reviewDate", LocalDate.now().minusDays(3).toString()));

        HttpResponse<String> page = fixture.get("browse/" + key.toLowerCase(), MANAGER);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains(PANEL, "id=\"pmo-raid-issue-entry\"", "<strong>20</strong>", "Daniel Brandt",
                "Review was due on " + LocalDate.now().minusDays(3));
        assertThat(html).contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&quot;&gt;&lt;img")
                .doesNotContain("<script>document.title", "<img src=x", "<b>may</b>");
        assertThat(html).contains("Vendor &lt;b&gt;may&lt;/b&gt; fold");
        assertThat(html).contains("href=\"/jira/plugins/servlet/pmo/raid/log?project=" + project + "\"");
    }

    @Test
    void anIssueShowsTheOpenEntriesOfOtherProjectsThatDependOnIt() throws Exception {
        String target = fixture.strings("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE p.pkey <> ? AND i.security_level_id IS NULL AND i.raid_type IS NULL ORDER BY i.id""", project)
                .get(0);
        String dependency = create(JSON.createObjectNode().put("summary", "Card vault from platform")
                .put("type", "DEPENDENCY").put("dependsOn", target)
                .put("needBy", LocalDate.now().minusDays(1).toString()));
        long expected = Long.parseLong(fixture.strings("""
                SELECT COUNT(*) FROM issue i JOIN issue d ON d.id = i.depends_on_issue_id
                JOIN project dp ON dp.id = d.project_id
                WHERE dp.pkey || '-' || d.issue_num = ? AND i.status_category <> 'done'""", target).get(0));

        String html = fixture.get("browse/" + target, PortfolioGenerator.PMO_LEAD).body();

        assertThat(html).contains(PANEL, "id=\"pmo-raid-issue-dependents\"", "data-key=\"" + dependency + "\"",
                "href=\"/jira/plugins/servlet/pmo/raid/log?dependsOn=" + target + "\"", "Needs attention");
        assertThat(html).contains(expected == 1 ? "1 open RAID entry depends on this issue"
                : expected + " open RAID entries depend on this issue");
    }

    @Test
    void aSecuredIssueAnswersExactlyLikeAMissingOneAndShowsNoPanel() throws Exception {
        String secured = fixture.strings("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE i.raid_type IS NOT NULL AND i.security_level_id IS NOT NULL ORDER BY i.id""").get(0);
        String missing = secured.substring(0, secured.indexOf('-')) + "-999999";

        HttpResponse<String> hidden = fixture.get("browse/" + secured, PortfolioGenerator.VIEWER);
        HttpResponse<String> absent = fixture.get("browse/" + missing, PortfolioGenerator.VIEWER);

        assertThat(hidden.statusCode()).isEqualTo(404).isEqualTo(absent.statusCode());
        assertThat(hidden.body().replace(secured, "KEY")).isEqualTo(absent.body().replace(missing, "KEY"))
                .contains("Issue does not exist or you do not have permission to see it.").doesNotContain(PANEL);
        assertThat(fixture.get("browse/" + secured, PortfolioGenerator.PMO_LEAD).body()).contains(PANEL);
    }

    @Test
    void anIssueThatIsNoEntryAndThatNothingDependsOnShowsNoPanelAndAnonymousViewersLogIn() throws Exception {
        String plain = fixture.strings("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE i.raid_type IS NULL AND i.security_level_id IS NULL AND NOT EXISTS
                  (SELECT 1 FROM issue r WHERE r.depends_on_issue_id = i.id) ORDER BY i.id""").get(0);

        HttpResponse<String> page = fixture.get("browse/" + plain, PortfolioGenerator.PMO_LEAD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"summary-val\"").doesNotContain(PANEL);
        HttpResponse<String> anonymous = fixture.get("browse/" + plain, "anonymous");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login"));
    }

    private static String create(ObjectNode body) throws Exception {
        HttpResponse<String> created = fixture.sendJson("POST", ENTRIES + "?project=" + project, body.toString(),
                MANAGER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode entry = JSON.readTree(created.body());
        return entry.get("key").asText();
    }
}
