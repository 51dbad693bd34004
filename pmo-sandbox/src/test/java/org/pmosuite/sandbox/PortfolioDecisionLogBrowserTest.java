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
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The portfolio board's Decision log view in Debian's Chromium: a move and a forcing made with reasons in markup are
 * listed newest first as the audit REST resource answers them, by the mover's display name, the reasons as text; the
 * log pages 50 at a time and keeps its page in the URL over a reload. Required in CI ({@code CI=true}); skipped with
 * a message elsewhere when Chromium is not installed.
 */
class PortfolioDecisionLogBrowserTest extends BrowserTestBase {

    private static final String PAGE = "plugins/servlet/pmo/portfolio/board";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String LOG = "#pmo-decision-log[data-loaded='true']";
    private static final String REASON = "Steering <b>committee</b> <img src=x onerror=\"window.__pmoXss = true\">";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String portfolio;

    /** A portfolio of the lead's projects with 60 decisions: 59 moves, then a forcing. */
    @BeforeAll
    static void createPortfolioAndDecide() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "Decision log board");
        ObjectNode scope = body.putObject("scope");
        fixture.browsableKeys(LEAD).forEach(scope.putArray("projects")::add);
        scope.putArray("issueTypes").add("Epic").add("Initiative");
        body.putObject("scoring").put("model", "WSJF");
        body.putObject("capacity").put("unit", "STORY_POINTS").put("amount", 200).put("period", "2027");
        var created = fixture.sendJson("POST", "rest/pmo/1.0/portfolios", JSON.writeValueAsString(body), LEAD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        portfolio = "rest/pmo/1.0/portfolios/" + JSON.readTree(created.body()).path("id").asText();
        for (int i = 0; i < 59; i++) {
            JsonNode page = read(portfolio + "/items?maxResults=5");
            JsonNode rows = page.path("items");
            var moved = fixture.sendJson("POST", portfolio + "/ranks", JSON.createObjectNode()
                    .put("issueKey", rows.path(4).path("key").asText()).put("below", rows.path(0).path("key").asText())
                    .put("reason", "Move " + i).put("rankVersion", page.path("portfolio").path("rankVersion").asLong())
                    .toString(), LEAD);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
        JsonNode page = read(portfolio + "/items?maxResults=1");
        var forced = fixture.sendJson("PUT", portfolio + "/items/" + page.path("items").path(0).path("key").asText()
                + "/forcing", JSON.createObjectNode().put("forcing", "IN").put("reason", REASON)
                .put("rankVersion", page.path("portfolio").path("rankVersion").asLong()).toString(), LEAD);
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(200);
    }

    @Test
    void decisionsAreListedNewestFirstByNameWithTheirReasonsAsTextAPageAtATime() throws Exception {
        JsonNode audit = read(portfolio + "/audit?maxResults=50");
        long total = audit.path("total").asLong();
        assertThat(total).as("created, 59 moves, a forcing").isEqualTo(61);
        String leadName = fixture.strings("SELECT display_name FROM sandbox_user WHERE user_key = ?", LEAD).get(0);

        session.switchTo(LEAD);
        browser.get(fixture.uri(PAGE + "?portfolio=" + id() + "&view=log").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOG)));
        ((JavascriptExecutor) browser).executeScript("window.__pmoXss = false;");

        assertThat(browser.findElement(By.id("pmo-decision-log")).getDomAttribute("data-total"))
                .isEqualTo(String.valueOf(total));
        List<WebElement> rows = rows();
        assertThat(rows).hasSize(50);
        assertThat(rows).extracting(row -> row.getDomAttribute("data-entry"))
                .containsExactlyElementsOf(ids(audit));
        WebElement newest = rows.get(0);
        assertThat(newest.getDomAttribute("data-action")).isEqualTo("FORCED_IN");
        assertThat(newest.findElement(By.cssSelector("td.pmo-decision-what")).getText()).isEqualTo("Forced in");
        assertThat(newest.findElement(By.cssSelector("td.pmo-decision-by")).getText()).isEqualTo(leadName);
        assertThat(newest.findElement(By.cssSelector("td.pmo-decision-by")).getDomAttribute("title")).isEqualTo(LEAD);
        assertThat(newest.findElement(By.cssSelector("td.pmo-decision-reason")).getText()).isEqualTo(REASON);
        assertThat(newest.findElement(By.cssSelector("td.pmo-decision-initiative a")).getText())
                .isEqualTo(audit.path("entries").path(0).path("issueKey").asText());
        assertThat(browser.findElements(By.cssSelector("#pmo-decision-log b, #pmo-decision-log img"))).isEmpty();
        assertThat(rows.get(1).findElement(By.cssSelector("td.pmo-decision-reason")).getText()).isEqualTo("Move 58");
        assertThat(rows.get(1).findElement(By.cssSelector("td.pmo-decision-detail")).getText())
                .as("a move to the top, in words").isEqualTo("To the top of the board");
        assertThat(browser.findElement(By.id("pmo-decision-log-range")).getText())
                .isEqualTo("Decisions 1\u201350 of 61");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pmoXss;")).as("no markup ran")
                .isEqualTo(false);
        session.screenshot("portfolio-decision-log");

        browser.findElement(By.id("pmo-decision-log-older")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pmo-decision-log-range"), "Decisions 51\u201361 of 61"));
        assertThat(browser.getCurrentUrl()).contains("logStart=50");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOG)));
        assertThat(rows()).extracting(row -> row.getDomAttribute("data-entry"))
                .containsExactlyElementsOf(ids(read(portfolio + "/audit?startAt=50&maxResults=50")));
        assertThat(rows().get(rows().size() - 1).getDomAttribute("data-action")).isEqualTo("PORTFOLIO_CREATED");
        assertThat(browser.findElement(By.id("pmo-decision-log-older")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("pmo-decision-log-newer")).isEnabled()).isTrue();
    }

    private static String id() {
        return portfolio.substring(portfolio.lastIndexOf('/') + 1);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#pmo-decision-log-table tr.pmo-decision"));
    }

    private static List<String> ids(JsonNode audit) {
        List<String> ids = new ArrayList<>();
        audit.path("entries").forEach(entry -> ids.add(entry.path("id").asText()));
        return ids;
    }

    private static JsonNode read(String path) throws Exception {
        var answer = fixture.get(path, LEAD);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
