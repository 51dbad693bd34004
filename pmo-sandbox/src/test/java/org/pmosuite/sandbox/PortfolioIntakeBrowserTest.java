package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pmosuite.sandbox.data.DemoPortfolios;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The intake lane of the portfolio board in Debian's Chromium: the project manager requests an initiative (the
 * server's reasons beside the form's fields first), the PMO lead asks a question, the requester answers, the lead
 * accepts and the request becomes an initiative of the intake project on the board; a rejection keeps its reason;
 * the viewer, who may not create issues there, sees no request and cannot make one. Titles and business cases with
 * markup are shown as text. Required in CI ({@code CI=true}); skipped elsewhere when Chromium is not installed.
 */
class PortfolioIntakeBrowserTest extends BrowserTestBase {

    private static final String PAGE = "plugins/servlet/pmo/portfolio/board";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final String LANE = "#pmo-intake-lane[data-loaded='true']";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String portfolio;
    private static String intakeProject;

    /** A WSJF portfolio over the project manager's projects, taking requests into the first of them. */
    @BeforeAll
    static void createPortfolio() throws Exception {
        List<String> led = fixture.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey",
                MANAGER);
        intakeProject = led.get(0);
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "Browser test intake");
        ObjectNode scope = body.putObject("scope");
        led.forEach(scope.putArray("projects")::add);
        scope.putArray("issueTypes").add("Initiative").add("Epic");
        body.putObject("scoring").put("model", "WSJF");
        body.putObject("capacity").put("unit", "STORY_POINTS").put("amount", 500).put("period", "2027");
        body.put("intakeProject", intakeProject);
        var created = fixture.sendJson("POST", "rest/pmo/1.0/portfolios", JSON.writeValueAsString(body), LEAD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        portfolio = JSON.readTree(created.body()).path("id").asText();
    }

    @Test
    void aRequestIsAskedAboutAnsweredAndAcceptedIntoAnInitiativeOfTheIntakeProject() throws Exception {
        String title = "Open banking <b>API</b> & partners";
        session.switchTo(MANAGER);
        openLane("");
        WebElement lane = browser.findElement(By.id("pmo-intake-lane"));
        assertThat(lane.getDomAttribute("data-may-request")).isEqualTo("true");
        assertThat(lane.getDomAttribute("data-may-decide")).isEqualTo("false");
        assertThat(browser.findElement(By.id("pmo-portfolio-view-intake")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");

        int before = lane(MANAGER).path("requests").size();
        browser.findElement(By.id("pmo-intake-new")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-dialog"), "data-state", "open"));
        assertThat(browser.findElements(By.cssSelector("#pmo-intake-form input[type='number']")))
                .extracting(input -> input.getDomAttribute("name"))
                .containsExactly("businessValue", "timeCriticality", "riskReduction", "jobSize");
        browser.findElement(By.cssSelector("#pmo-intake-form [name='jobSize']")).sendKeys("4");
        browser.findElement(By.id("pmo-intake-save")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-dialog"), "data-state", "failed"));
        assertThat(reasonBeside("title")).isEqualTo("Give the initiative a title.");
        assertThat(reasonBeside("businessCase")).isEqualTo("Say why this initiative is worth funding.");
        assertThat(reasonBeside("jobSize")).isEqualTo("4 is not on this field's scale. Use one of: 1, 2, 3, 5, 8, 13, 20.");
        assertThat(lane(MANAGER).path("requests")).as("nothing was stored").hasSize(before);

        browser.findElement(By.cssSelector("#pmo-intake-form [name='title']")).sendKeys(title);
        browser.findElement(By.cssSelector("#pmo-intake-form [name='businessCase']")).sendKeys("Partners <script>ask</script> for it");
        browser.findElement(By.cssSelector("#pmo-intake-form [name='sponsor']")).sendKeys("Head of Partnerships");
        WebElement jobSize = browser.findElement(By.cssSelector("#pmo-intake-form [name='jobSize']"));
        jobSize.clear();
        jobSize.sendKeys("5");
        browser.findElement(By.cssSelector("#pmo-intake-form [name='businessValue']")).sendKeys("13");
        browser.findElement(By.id("pmo-intake-save")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-dialog"), "data-state", "closed"));
        JsonNode stored = null;
        for (JsonNode each : lane(MANAGER).path("requests")) {
            if (each.path("title").asText().equals(title)) {
                stored = each;
            }
        }
        assertThat(stored).as("the request was stored").isNotNull();
        waitForState(stored.path("id").asText(), "PENDING");
        WebElement request = request(stored.path("id").asText());
        assertThat(request.findElement(By.cssSelector(".pmo-intake-title")).getText()).isEqualTo(title);
        assertThat(request.findElement(By.cssSelector(".pmo-intake-case")).getText())
                .isEqualTo("Partners <script>ask</script> for it");
        assertThat(request.getDomAttribute("data-state")).isEqualTo("PENDING");
        String managerName = fixture.strings("SELECT display_name FROM sandbox_user WHERE user_key = ?", MANAGER).get(0);
        assertThat(managerName).isNotEqualTo(MANAGER);
        assertThat(request.findElement(By.cssSelector(".pmo-intake-by")).getText()).contains("by " + managerName);
        assertThat(request.findElements(By.cssSelector("button.pmo-intake-action"))).as("the requester decides nothing")
                .isEmpty();
        assertThat(stored.path("inputs").path("jobSize").asDouble()).isEqualTo(5.0);

        // The PMO lead asks; a question needs a reason.
        session.switchTo(LEAD);
        openLane("");
        act(stored.path("id").asText(), "REQUEST_INFO");
        browser.findElement(By.id("pmo-intake-decision-confirm")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-decision-dialog"), "data-state", "failed"));
        assertThat(browser.findElement(By.cssSelector("#pmo-intake-decision-dialog [name='reason'] + div.error"))
                .getText()).isEqualTo("Give the requester a reason.");
        browser.findElement(By.cssSelector("#pmo-intake-decision-dialog [name='reason']")).sendKeys("How many partners in the first year?");
        browser.findElement(By.id("pmo-intake-decision-confirm")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-decision-dialog"), "data-state", "closed"));
        waitForState(stored.path("id").asText(), "INFO_REQUESTED");

        // The requester answers the question shown.
        session.switchTo(MANAGER);
        openLane("");
        act(stored.path("id").asText(), "answer");
        assertThat(browser.findElement(By.cssSelector("#pmo-intake-decision-dialog .pmo-intake-decision-intro"))
                .getText()).isEqualTo("How many partners in the first year?");
        browser.findElement(By.cssSelector("#pmo-intake-decision-dialog [name='information']")).sendKeys("About 40");
        browser.findElement(By.id("pmo-intake-decision-confirm")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-decision-dialog"), "data-state", "closed"));
        waitForState(stored.path("id").asText(), "PENDING");

        // The lead accepts: the request names the new initiative, which the board ranks.
        session.switchTo(LEAD);
        openLane("");
        act(stored.path("id").asText(), "ACCEPT");
        browser.findElement(By.id("pmo-intake-decision-confirm")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-decision-dialog"), "data-state", "closed"));
        openLane("&intakeState=ACCEPTED");
        WebElement accepted = request(stored.path("id").asText());
        assertThat(accepted.findElements(By.cssSelector("ol.pmo-intake-decisions > li")))
                .extracting(each -> each.getDomAttribute("data-outcome"))
                .containsExactly("INFO_REQUESTED", "PENDING", "ACCEPTED");
        String leadName = fixture.strings("SELECT display_name FROM sandbox_user WHERE user_key = ?", LEAD).get(0);
        assertThat(accepted.findElements(By.cssSelector("ol.pmo-intake-decisions .pmo-decision-what")))
                .extracting(WebElement::getText).allMatch(line -> line.contains(leadName) || line.contains(managerName))
                .anyMatch(line -> line.contains(leadName));
        String key = accepted.findElement(By.cssSelector("a.pmo-intake-issue")).getText();
        assertThat(key).startsWith(intakeProject + "-");
        JsonNode items = JSON.readTree(fixture.get("rest/pmo/1.0/portfolios/" + portfolio + "/items?project="
                + intakeProject + "&maxResults=500", LEAD).body()).path("items");
        JsonNode initiative = null;
        for (JsonNode item : items) {
            if (item.path("key").asText().equals(key)) {
                initiative = item;
            }
        }
        assertThat(initiative).as(key + " is on the board").isNotNull();
        assertThat(initiative.path("title").asText()).isEqualTo(title);
        assertThat(initiative.path("inputs").path("jobSize").asDouble()).isEqualTo(5.0);
        assertThat(initiative.path("inputs").path("businessValue").asDouble()).isEqualTo(13.0);
    }

    /** Jira refusing to create the accepted initiative (here: the lead lost "Create Issues") puts it back, said so. */
    @Test
    void anAcceptanceJiraRefusesPutsTheRequestBackAndTheHistorySaysWhy() throws Exception {
        var created = fixture.sendJson("POST", "rest/pmo/1.0/portfolios/" + portfolio + "/intake",
                "{\"title\": \"Supplier portal\", \"businessCase\": \"Fewer invoices by e-mail\"}", MANAGER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asText();
        String project = "(SELECT id FROM project WHERE pkey = ?)";
        List<String> granted = fixture.strings("SELECT user_key FROM project_edit_permission WHERE user_key = ?"
                + " AND project_id = " + project, LEAD, intakeProject);
        fixture.execute("DELETE FROM project_edit_permission WHERE user_key = ? AND project_id = " + project, LEAD,
                intakeProject);
        try {
            session.switchTo(LEAD);
            openLane("");
            act(id, "ACCEPT");
            browser.findElement(By.id("pmo-intake-decision-confirm")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-pmo-flag='error'] .pmo-flag-message")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LANE + " li.pmo-intake-request"
                    + "[data-request='" + id + "'] li[data-acceptance-failed='true']")));

            WebElement request = request(id);
            assertThat(request.getDomAttribute("data-state")).isEqualTo("PENDING");
            assertThat(request.findElements(By.cssSelector("ol.pmo-intake-decisions > li")))
                    .extracting(each -> each.getDomAttribute("data-outcome")).containsExactly("ACCEPTED", "PENDING");
            assertThat(request.findElement(By.cssSelector("li[data-acceptance-failed='true'] .pmo-decision-what"))
                    .getText()).startsWith("Jira refused to create the initiative, so the request went back to ");
            assertThat(request.findElements(By.cssSelector("a.pmo-intake-issue"))).as("no initiative").isEmpty();
            assertThat(request.findElements(By.cssSelector("button.pmo-intake-action[data-action='ACCEPT']")))
                    .as("it may be accepted again").hasSize(1);
        } finally {
            for (String user : granted) {
                fixture.execute("INSERT INTO project_edit_permission (user_key, project_id) VALUES (?, "
                        + project + ")", user, intakeProject);
            }
        }
        assertThat(granted).as("the lead could create issues in the intake project before").containsExactly(LEAD);
    }

    @Test
    void aRejectionKeepsItsReasonAndTheViewerNeitherSeesNorMakesRequests() throws Exception {
        var created = fixture.sendJson("POST", "rest/pmo/1.0/portfolios/" + portfolio + "/intake",
                "{\"title\": \"Legacy <i>CRM</i> rewrite\", \"businessCase\": \"Licences end in 2028\","
                        + " \"sponsor\": \"CIO\", \"inputs\": {\"jobSize\": 20}}", MANAGER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asText();

        session.switchTo(LEAD);
        openLane("");
        assertThat(request(id).findElement(By.cssSelector(".pmo-intake-title")).getText())
                .isEqualTo("Legacy <i>CRM</i> rewrite");
        act(id, "REJECT");
        browser.findElement(By.cssSelector("#pmo-intake-decision-dialog [name='reason']")).sendKeys("Replaced by the <b>platform</b> programme");
        browser.findElement(By.id("pmo-intake-decision-confirm")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-decision-dialog"), "data-state", "closed"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.pmo-intake-request[data-request='"
                + id + "']"), 0));
        openLane("&intakeState=REJECTED");
        assertThat(request(id).findElement(By.cssSelector(".pmo-decision-reason")).getText())
                .isEqualTo("Replaced by the <b>platform</b> programme");
        assertThat(request(id).findElements(By.cssSelector("button.pmo-intake-action"))).isEmpty();

        // The demo portfolio's lane, for the README: its requests, one waiting for the project manager's answer.
        String demo = null;
        for (JsonNode each : JSON.readTree(fixture.get("rest/pmo/1.0/portfolios", LEAD).body()).path("portfolios")) {
            if (DemoPortfolios.ALL_INITIATIVES.equals(each.path("name").asText())) {
                demo = each.path("id").asText();
            }
        }
        browser.get(fixture.uri(PAGE + "?portfolio=" + demo + "&view=intake").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LANE)));
        assertThat(browser.findElements(By.cssSelector("li.pmo-intake-request[data-state='INFO_REQUESTED']"
                + " ol.pmo-intake-decisions > li[data-outcome='INFO_REQUESTED']"))).isNotEmpty();
        session.screenshot("portfolio-intake-lane");

        session.switchTo(PortfolioGenerator.VIEWER);
        openLane("&intakeState=all");
        assertThat(browser.findElement(By.id("pmo-intake-lane")).getDomAttribute("data-may-request"))
                .isEqualTo("false");
        assertThat(browser.findElements(By.id("pmo-intake-new"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("li.pmo-intake-request"))).isEmpty();
        assertThat(browser.findElement(By.id("pmo-intake-none")).getText()).isEqualTo("No request is in this state.");
    }

    private static void openLane(String query) {
        browser.get(fixture.uri(PAGE + "?portfolio=" + portfolio + "&view=intake" + query).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LANE)));
    }

    private static WebElement request(String id) {
        return browser.findElement(By.cssSelector("li.pmo-intake-request[data-request='" + id + "']"));
    }

    private static void act(String id, String action) {
        request(id).findElement(By.cssSelector("button.pmo-intake-action[data-action='" + action + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-intake-decision-dialog"), "data-state", "open"));
    }

    private static void waitForState(String id, String state) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LANE + " li.pmo-intake-request"
                + "[data-request='" + id + "'][data-state='" + state + "']")));
    }

    private static String reasonBeside(String field) {
        return browser.findElement(By.cssSelector("#pmo-intake-form [name='" + field + "'] + div.error")).getText();
    }

    private static JsonNode lane(String user) throws Exception {
        return JSON.readTree(fixture.get("rest/pmo/1.0/portfolios/" + portfolio + "/intake", user).body());
    }
}
