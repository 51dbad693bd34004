package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pmosuite.sandbox.data.DemoPortfolios;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The portfolio board's Scenarios view in Debian's Chromium: the demo scenario beside the baseline with the counts,
 * both cut lines and the rows as the REST API answers them (kept in the URL over a reload, with or without the
 * unchanged rows, a page at a time), a scenario created through the dialog after the server refused a bad one
 * beside its fields, its markup name shown as text, deleted again; the viewer, who may not change the portfolio,
 * offered no changes; and a commit, first refused as stale and then made, after which the board ranks by the
 * scenario's scoring and capacity. Each browser test class has a sandbox of its own; the commit is made on a
 * portfolio this class creates, so the demo portfolio's baseline stays as generated. Required in CI
 * ({@code CI=true}); skipped with a message elsewhere when Chromium is not installed.
 */
class PortfolioScenarioBrowserTest extends BrowserTestBase {

    private static final String PAGE = "plugins/servlet/pmo/portfolio/board";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String VIEWER = PortfolioGenerator.VIEWER;
    private static final String LOADED = "#pmo-portfolio-board[data-loaded='true']";
    private static final String COMPARED = "#pmo-scenario-compare[data-loaded='true']";
    private static final String DEMO_SCENARIO = "Half as much again";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String demo;
    static String demoScenario;
    static String own;
    static String ownScenario;
    static double ownCapacity;

    @BeforeAll
    static void findTheDemoScenarioAndCreateAPortfolioToCommitOn() throws Exception {
        for (JsonNode candidate : read("rest/pmo/1.0/portfolios", LEAD).path("portfolios")) {
            if (DemoPortfolios.ALL_INITIATIVES.equals(candidate.path("name").asText())) {
                demo = candidate.path("id").asText();
            }
        }
        assertThat(demo).as("the demo portfolio").isNotNull();
        demoScenario = scenarioNamed(demo, DEMO_SCENARIO);
        assertThat(demoScenario).as("the demo scenario").isNotNull();

        ObjectNode body = JSON.createObjectNode();
        body.put("name", "Scenario commit board");
        ObjectNode scope = body.putObject("scope");
        fixture.browsableKeys(LEAD).forEach(scope.putArray("projects")::add);
        scope.putArray("issueTypes").add("Epic").add("Initiative");
        body.putObject("scoring").put("model", "WSJF");
        body.putObject("capacity").put("unit", "STORY_POINTS").put("amount", 400).put("period", "2027 Q2");
        var created = fixture.sendJson("POST", "rest/pmo/1.0/portfolios", JSON.writeValueAsString(body), LEAD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        own = JSON.readTree(created.body()).path("id").asText();
        ownCapacity = 900;
        ObjectNode scenario = JSON.createObjectNode();
        scenario.put("name", "RICE with more capacity");
        scenario.putObject("scoring").put("model", "RICE");
        scenario.putObject("capacity").put("amount", ownCapacity);
        var made = fixture.sendJson("POST", "rest/pmo/1.0/portfolios/" + own + "/scenarios",
                JSON.writeValueAsString(scenario), LEAD);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        ownScenario = JSON.readTree(made.body()).path("id").asText();
    }

    @Test
    void theScenarioStandsBesideTheBaselineAsTheApiComparesThem() throws Exception {
        session.switchTo(LEAD);
        openBoard(demo, "");
        clickAndWait(By.id("pmo-portfolio-view-scenarios"));
        assertThat(browser.getCurrentUrl()).contains("view=scenarios");
        assertThat(browser.findElement(By.id("pmo-portfolio-view-scenarios")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("pmo-portfolio-view-list")).getDomAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(browser.findElement(By.cssSelector("#pmo-portfolio-filters .pmo-portfolio-filter-group"))
                .isDisplayed()).as("the ranked list's filters do not apply here").isFalse();
        assertThat(browser.findElement(By.id("pmo-portfolio-csv")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#pmo-portfolio-table"))).isEmpty();
        assertThat(browser.findElement(By.id("pmo-scenario-compare")).isDisplayed()).isFalse();

        WebElement open = browser.findElement(By.cssSelector("button.pmo-scenario-open[data-scenario='"
                + demoScenario + "']"));
        assertThat(open.getText()).isEqualTo(DEMO_SCENARIO);
        assertThat(open.getTagName()).isEqualTo("button");
        open.click();
        waitForComparison(demoScenario);
        assertThat(browser.getCurrentUrl()).contains("scenario=" + demoScenario);
        assertThat(browser.switchTo().activeElement()).as("the focus moves to the comparison")
                .isEqualTo(browser.findElement(By.id("pmo-scenario-compare-title")));
        assertThat(browser.findElement(By.cssSelector("tr.pmo-scenario[data-scenario='" + demoScenario + "']"))
                .getDomAttribute("aria-current")).isEqualTo("true");

        JsonNode data = comparison(demo, demoScenario, "changed=true&startAt=0&maxResults=100");
        assertThat(data.path("entering").asInt() + data.path("leaving").asInt())
                .as("half as much again capacity funds more initiatives").isPositive();
        assertShowsComparison(data);
        assertThat(browser.findElement(By.id("pmo-scenario-counts")).getText()).isEqualTo(
                data.path("entering").asText() + " enter above the cut line, " + data.path("leaving").asText()
                        + " leave, " + data.path("movedUp").asText() + " move up, " + data.path("movedDown")
                        .asText() + " move down.");
        assertThat(browser.findElement(By.cssSelector("#pmo-scenario-table caption")).getDomProperty(
                "textContent")).startsWith(DEMO_SCENARIO + " beside the baseline");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        session.screenshot("portfolio-scenario-compare");

        // The comparison comes back from the URL.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        waitForComparison(demoScenario);
        assertShowsComparison(data);

        // Every row, changed or not, a page at a time.
        WebElement toggle = browser.findElement(By.id("pmo-scenario-changed"));
        assertThat(toggle.isSelected()).as("only changes, by default").isTrue();
        browser.findElement(By.cssSelector("label[for='pmo-scenario-changed']")).click();
        wait.until(ExpectedConditions.urlContains("changed=false"));
        waitForComparison(demoScenario);
        JsonNode all = comparison(demo, demoScenario, "changed=false&startAt=0&maxResults=100");
        assertThat(all.path("matching").asInt()).isGreaterThan(data.path("matching").asInt());
        assertShowsComparison(all);
        assertThat(browser.findElements(By.cssSelector("tr.pmo-scenario-row[data-places='0']")))
                .as("unchanged rows are shown too").isNotEmpty()
                .allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".pmo-change-badge"))
                        .getDomAttribute("data-movement")).isIn("SAME", "ENTERING", "LEAVING"));
        if (all.path("matching").asInt() > 100) {
            browser.findElement(By.id("pmo-scenario-next")).click();
            wait.until(ExpectedConditions.urlContains("scenarioStartAt=100"));
            waitForComparison(demoScenario);
            JsonNode second = comparison(demo, demoScenario, "changed=false&startAt=100&maxResults=100");
            assertShowsComparison(second);
            assertThat(browser.findElement(By.id("pmo-scenario-range")).getText()).isEqualTo("Rows 101\u2013"
                    + (100 + second.path("rows").size()) + " of " + all.path("matching").asText());
            browser.navigate().back();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
            waitForComparison(demoScenario);
            assertShowsComparison(all);
        }

        // The view switch still goes back to the ranked list.
        clickAndWait(By.id("pmo-portfolio-view-list"));
        assertThat(browser.getCurrentUrl()).doesNotContain("view=").doesNotContain("scenario=");
        assertThat(browser.findElements(By.cssSelector("#pmo-portfolio-table tr.pmo-portfolio-row"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#pmo-portfolio-filters .pmo-portfolio-filter-group"))
                .isDisplayed()).isTrue();
    }

    @Test
    void aScenarioIsCreatedThroughTheDialogAfterTheServerRefusedABadOneBesideItsFields() throws Exception {
        session.switchTo(LEAD);
        openBoard(demo, "&view=scenarios");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.__pmoXss = false;");
        int before = read(scenariosOf(demo), LEAD).path("scenarios").size();
        WebElement create = browser.findElement(By.id("pmo-scenario-new"));
        assertThat(create.getTagName()).isEqualTo("button");
        create.click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-dialog"), "data-state", "open"));
        WebElement name = browser.findElement(By.id("pmo-scenario-name"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(name);
        assertThat(new Select(browser.findElement(By.id("pmo-scenario-model"))).getOptions())
                .extracting(option -> option.getDomAttribute("value"))
                .containsExactly("", "WSJF", "RICE", "ICE", "WEIGHTED", "MOSCOW", "CD3");

        // No name: the server's reason beside the name, nothing created.
        String noName = expectedReason("{\"name\": \"\"}", "name");
        browser.findElement(By.id("pmo-scenario-save")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-dialog"), "data-state", "failed"));
        assertThat(browser.findElement(By.cssSelector("#pmo-scenario-name + div.error[data-pmo-error]")).getText())
                .isEqualTo(noName);
        assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");

        // A negative capacity: the reason beside the amount, nothing created.
        String label = "What if <b>bold</b> & \"quoted\" <script>window.__pmoXss = true</script>";
        name.sendKeys(label);
        WebElement amount = browser.findElement(By.id("pmo-scenario-amount"));
        amount.sendKeys("-5");
        String negative = expectedReason("{\"name\": \"Negative\", \"capacity\": {\"amount\": -5}}",
                "capacity.amount");
        browser.findElement(By.id("pmo-scenario-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#pmo-scenario-amount + div.error[data-pmo-error]")));
        assertThat(browser.findElement(By.cssSelector("#pmo-scenario-amount + div.error[data-pmo-error]")).getText())
                .isEqualTo(negative);
        assertThat(browser.findElements(By.cssSelector("#pmo-scenario-name + div.error"))).isEmpty();
        assertThat(browser.findElement(By.id("pmo-scenario-dialog")).getDomAttribute("data-state"))
                .isEqualTo("failed");
        session.screenshot("portfolio-scenario-refused");
        assertThat(read(scenariosOf(demo), LEAD).path("scenarios").size()).as("nothing created").isEqualTo(before);

        // A good one: RICE with 2,500 story points.
        amount.clear();
        amount.sendKeys("2500");
        new Select(browser.findElement(By.id("pmo-scenario-model"))).selectByValue("RICE");
        browser.findElement(By.id("pmo-scenario-save")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-dialog"), "data-state", "closed"));
        String id = scenarioNamed(demo, label);
        assertThat(id).as("the scenario is stored under its name as typed").isNotNull();
        JsonNode stored = read(scenariosOf(demo) + "/" + id, LEAD);
        assertThat(stored.path("scoring").path("model").asText()).isEqualTo("RICE");
        assertThat(stored.path("capacity").path("amount").asDouble()).isEqualTo(2500.0);
        assertThat(stored.path("capacity").path("unit").asText()).isEqualTo("STORY_POINTS");
        waitForComparison(id);
        assertThat(browser.getCurrentUrl()).contains("scenario=" + id);
        By success = By.cssSelector("[data-pmo-flag='success'] .pmo-flag-message");
        wait.until(ExpectedConditions.visibilityOfElementLocated(success));
        assertThat(browser.findElement(success).getText()).isEqualTo("Created the scenario " + label + ".");

        WebElement row = browser.findElement(By.cssSelector("tr.pmo-scenario[data-scenario='" + id + "']"));
        assertThat(row.findElement(By.cssSelector("button.pmo-scenario-open")).getText()).isEqualTo(label);
        assertThat(row.findElement(By.cssSelector("td.pmo-scenario-model")).getText()).isEqualTo("RICE");
        assertThat(row.findElement(By.cssSelector("td.pmo-scenario-capacity")).getText())
                .isEqualTo("2,500 story points (2027)");
        assertThat(row.findElement(By.cssSelector("td.pmo-scenario-by")).getText()).as("the author's display name")
                .isEqualTo(fixture.strings("SELECT display_name FROM sandbox_user WHERE user_key = ?", LEAD).get(0));
        assertThat(browser.findElement(By.id("pmo-scenario-compare-title")).getText())
                .isEqualTo(label + " beside the baseline");
        assertThat(browser.findElement(By.id("pmo-scenario-side-trial-title")).getText())
                .isEqualTo("Scenario: " + label);
        assertThat(browser.findElements(By.cssSelector("#pmo-scenario-view b, #pmo-scenario-view script"))).isEmpty();
        assertThat(js.executeScript("return window.__pmoXss;")).isEqualTo(false);
        assertShowsComparison(comparison(demo, id, "changed=true&startAt=0&maxResults=100"));
        session.screenshot("portfolio-scenario-created");

        // Deleted after a confirmation; the comparison goes with it.
        row.findElement(By.cssSelector("button.pmo-scenario-delete")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-delete-dialog"), "data-state", "open"));
        assertThat(browser.findElement(By.id("pmo-scenario-delete-dialog-title")).getText())
                .isEqualTo("Delete the scenario " + label + "?");
        assertThat(browser.switchTo().activeElement()).isEqualTo(
                browser.findElement(By.id("pmo-scenario-delete-dialog-confirm")));
        browser.findElement(By.id("pmo-scenario-delete-dialog-confirm")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-delete-dialog"), "data-state", "closed"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.pmo-scenario[data-scenario='" + id
                + "']"), 0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pmo-scenario-view[data-loaded='true']")));
        assertThat(scenarioNamed(demo, label)).isNull();
        assertThat(browser.getCurrentUrl()).doesNotContain("scenario=" + id);
        assertThat(browser.findElement(By.id("pmo-scenario-compare")).isDisplayed()).isFalse();
    }

    @Test
    void theViewerComparesButIsOfferedNoChange() throws Exception {
        session.switchTo(VIEWER);
        assertThat(read(scenariosOf(demo), VIEWER).path("mayChange").asBoolean()).isFalse();
        openBoard(demo, "&view=scenarios&scenario=" + demoScenario);
        waitForComparison(demoScenario);
        assertThat(browser.findElement(By.id("pmo-scenario-view")).getDomAttribute("data-may-change"))
                .isEqualTo("false");
        assertThat(browser.findElements(By.id("pmo-scenario-new"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("button.pmo-scenario-delete"))).isEmpty();
        assertThat(browser.findElements(By.id("pmo-scenario-commit"))).isEmpty();
        var viewers = fixture.get("rest/pmo/1.0/portfolios/" + demo + "/scenarios/" + demoScenario
                + "/comparison?changed=true&startAt=0&maxResults=100", VIEWER);
        assertThat(viewers.statusCode()).isEqualTo(200);
        assertShowsComparison(JSON.readTree(viewers.body()));
        session.screenshot("portfolio-scenario-viewer");
    }

    /**
     * A commit on a portfolio changed since the comparison is refused with the server's reason and the comparison
     * is loaded again; the next one makes the scenario's scoring and capacity the baseline, and the board shows it.
     */
    @Test
    void aCommittedScenarioBecomesTheBaselineAfterAStaleCommitWasRefused() throws Exception {
        session.switchTo(LEAD);
        openBoard(own, "&view=scenarios&scenario=" + ownScenario);
        waitForComparison(ownScenario);
        JsonNode portfolio = read("rest/pmo/1.0/portfolios/" + own, LEAD);
        assertThat(portfolio.path("scoring").path("model").asText()).isEqualTo("WSJF");

        // Someone moves an initiative meanwhile.
        JsonNode items = read("rest/pmo/1.0/portfolios/" + own + "/items?maxResults=5", LEAD).path("items");
        var moved = fixture.sendJson("POST", "rest/pmo/1.0/portfolios/" + own + "/ranks", JSON.createObjectNode()
                .put("issueKey", items.get(4).path("key").asText()).put("below", items.get(0).path("key").asText())
                .put("reason", "Meanwhile").put("rankVersion", portfolio.path("rankVersion").asLong()).toString(),
                LEAD);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        WebElement commit = browser.findElement(By.id("pmo-scenario-commit"));
        assertThat(commit.getTagName()).isEqualTo("button");
        commit.click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-commit-dialog"), "data-state", "open"));
        assertThat(browser.findElement(By.id("pmo-scenario-commit-dialog-title")).getText())
                .isEqualTo("Commit RICE with more capacity as the baseline?");
        assertThat(browser.findElement(By.id("pmo-scenario-commit-dialog-what")).getText())
                .contains("scoring and capacity become the baseline of Scenario commit board")
                .contains("recorded in the portfolio's audit log");
        assertThat(browser.switchTo().activeElement())
                .isEqualTo(browser.findElement(By.id("pmo-scenario-commit-dialog-confirm")));
        session.screenshot("portfolio-scenario-commit-confirm");
        browser.findElement(By.id("pmo-scenario-commit-dialog-confirm")).click();
        By refusal = By.cssSelector("[data-pmo-flag='error'] .pmo-flag-message");
        wait.until(ExpectedConditions.visibilityOfElementLocated(refusal));
        assertThat(browser.findElement(refusal).getText()).startsWith("Someone else changed this in the meantime");
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-commit-dialog"), "data-state", "closed"));
        waitForComparison(ownScenario);
        assertThat(read("rest/pmo/1.0/portfolios/" + own, LEAD).path("scoring").path("model").asText())
                .as("nothing committed").isEqualTo("WSJF");

        // Compared again, the commit goes through.
        browser.findElement(By.id("pmo-scenario-commit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-commit-dialog"), "data-state", "open"));
        browser.findElement(By.id("pmo-scenario-commit-dialog-confirm")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-scenario-commit-dialog"), "data-state", "closed"));
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-portfolio-board"), "data-view", "list"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        By success = By.cssSelector("[data-pmo-flag='success'] .pmo-flag-message");
        wait.until(ExpectedConditions.visibilityOfElementLocated(success));
        assertThat(browser.findElement(success).getText())
                .isEqualTo("RICE with more capacity is now the baseline of Scenario commit board.");
        wait.until(ExpectedConditions.textToBe(By.id("pmo-portfolio-announcer"),
                "Committed RICE with more capacity as the baseline. The ranked list now shows the new baseline."));
        assertThat(browser.getCurrentUrl()).doesNotContain("view=").doesNotContain("scenario=");

        JsonNode committed = read("rest/pmo/1.0/portfolios/" + own, LEAD);
        assertThat(committed.path("scoring").path("model").asText()).isEqualTo("RICE");
        assertThat(committed.path("capacity").path("amount").asDouble()).isEqualTo(ownCapacity);
        assertThat(committed.path("capacity").path("unit").asText()).isEqualTo("STORY_POINTS");
        assertThat(browser.findElement(By.id("pmo-summary-model")).getDomAttribute("data-value")).isEqualTo("RICE");
        assertThat(browser.findElement(By.id("pmo-summary-committed")).getDomAttribute("data-capacity"))
                .isEqualTo("900");
        JsonNode audit = read("rest/pmo/1.0/portfolios/" + own + "/audit?maxResults=5", LEAD);
        assertThat(audit.path("entries").findValuesAsText("action")).contains("SCENARIO_COMMITTED");
        session.screenshot("portfolio-scenario-committed");

        // The committed scenario no longer differs from the baseline.
        openBoard(own, "&view=scenarios&scenario=" + ownScenario);
        waitForComparison(ownScenario);
        assertThat(browser.findElement(By.id("pmo-scenario-counts")).getDomAttribute("data-entering"))
                .isEqualTo("0");
    }

    /** The comparison on the page is the REST answer's: counts, both cut lines and the page's rows, in order. */
    private static void assertShowsComparison(JsonNode data) {
        WebElement counts = browser.findElement(By.id("pmo-scenario-counts"));
        assertThat(counts.getDomAttribute("data-entering")).isEqualTo(data.path("entering").asText());
        assertThat(counts.getDomAttribute("data-leaving")).isEqualTo(data.path("leaving").asText());
        assertThat(counts.getDomAttribute("data-moved-up")).isEqualTo(data.path("movedUp").asText());
        assertThat(counts.getDomAttribute("data-moved-down")).isEqualTo(data.path("movedDown").asText());
        for (String side : List.of("baseline", "trial")) {
            JsonNode line = data.path(side);
            WebElement block = browser.findElement(By.id("pmo-scenario-side-" + side));
            assertThat(block.findElement(By.cssSelector("dd.pmo-side-funded")).getDomAttribute("data-value"))
                    .isEqualTo(line.path("fundedCount").asText());
            assertThat(block.findElement(By.cssSelector("dd.pmo-side-last")).getDomAttribute("data-value"))
                    .isEqualTo(line.path("lastRankAboveLine").asText());
            WebElement committed = block.findElement(By.cssSelector("dd.pmo-side-committed"));
            assertThat(Double.parseDouble(committed.getDomAttribute("data-value")))
                    .isEqualTo(line.path("committed").asDouble());
            assertThat(Double.parseDouble(committed.getDomAttribute("data-capacity")))
                    .isEqualTo(line.path("capacity").asDouble());
            assertThat(committed.getText()).contains(" of ").contains(line.path("unitName").asText());
        }
        List<WebElement> rows = browser.findElements(By.cssSelector("#pmo-scenario-table tr.pmo-scenario-row"));
        JsonNode expected = data.path("rows");
        assertThat(rows).hasSize(expected.size()).hasSizeLessThanOrEqualTo(100);
        List<String> keys = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            WebElement row = rows.get(i);
            JsonNode item = expected.get(i);
            keys.add(row.getDomAttribute("data-key") + " " + row.getDomAttribute("data-baseline-rank") + " "
                    + row.getDomAttribute("data-trial-rank") + " " + row.getDomAttribute("data-places") + " "
                    + row.getDomAttribute("data-change"));
            wanted.add(item.path("key").asText() + " " + item.path("baselineRank").asText() + " "
                    + item.path("trialRank").asText() + " " + item.path("placesGained").asText() + " "
                    + item.path("change").asText());
        }
        assertThat(keys).isEqualTo(wanted);
        for (int i = 0; i < Math.min(rows.size(), 12); i++) {
            WebElement row = rows.get(i);
            JsonNode item = expected.get(i);
            assertThat(row.findElement(By.cssSelector("td.pmo-col-title")).getDomProperty("textContent"))
                    .isEqualTo(item.path("title").asText());
            assertThat(row.findElement(By.cssSelector("td.pmo-col-baseline-funding .pmo-funding-badge"))
                    .getDomAttribute("data-funding")).isEqualTo(item.path("baselineFunding").asText());
            assertThat(row.findElement(By.cssSelector("td.pmo-col-trial-funding .pmo-funding-badge"))
                    .getDomAttribute("data-funding")).isEqualTo(item.path("trialFunding").asText());
            int places = item.path("placesGained").asInt();
            String number = row.findElement(By.cssSelector("td.pmo-col-places .pmo-places-number")).getText();
            assertThat(number).isEqualTo(places > 0 ? "+" + places : places < 0 ? "\u2212" + -places : "0");
            String movement = row.findElement(By.cssSelector(".pmo-change-badge")).getDomAttribute("data-movement");
            String change = item.path("change").asText();
            assertThat(movement).isEqualTo("ENTERS".equals(change) ? "ENTERING" : "LEAVES".equals(change) ? "LEAVING"
                    : places > 0 ? "UP" : places < 0 ? "DOWN" : "SAME");
        }
        assertThat(browser.findElements(By.cssSelector("#pmo-scenario-table b, #pmo-scenario-table script,"
                + " #pmo-scenario-table img"))).as("titles are text").isEmpty();
        assertThat(browser.findElement(By.id("pmo-scenario-range")).getDomAttribute("data-total"))
                .isEqualTo(data.path("matching").asText());
    }

    /** What the server answers for a field of a scenario body it refuses. */
    private static String expectedReason(String body, String field) throws Exception {
        var answer = fixture.sendJson("POST", scenariosOf(demo), body, LEAD);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode errors = JSON.readTree(answer.body()).path("errors");
        assertThat(errors.has(field)).as(answer.body()).isTrue();
        return errors.path(field).asText();
    }

    private static String scenariosOf(String portfolio) {
        return "rest/pmo/1.0/portfolios/" + portfolio + "/scenarios";
    }

    private static String scenarioNamed(String portfolio, String name) throws Exception {
        for (JsonNode scenario : read(scenariosOf(portfolio), LEAD).path("scenarios")) {
            if (name.equals(scenario.path("name").asText())) {
                return scenario.path("id").asText();
            }
        }
        return null;
    }

    private static JsonNode comparison(String portfolio, String scenario, String query) throws Exception {
        return read(scenariosOf(portfolio) + "/" + scenario + "/comparison?" + query, LEAD);
    }

    private static JsonNode read(String path, String user) throws Exception {
        var answer = fixture.get(path, user);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static void openBoard(String portfolio, String query) {
        browser.get(fixture.uri(PAGE + "?portfolio=" + portfolio + query).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    private static void clickAndWait(By what) {
        browser.findElement(what).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    private static void waitForComparison(String scenario) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(COMPARED + "[data-scenario='"
                + scenario + "']")));
    }
}
