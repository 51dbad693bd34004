package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.host.LoginFilter;

/**
 * A project administrator changes the project's risk matrix in Chromium: through websudo, a 400 shown beside its
 * field, a save, the heat map drawn on the new matrix, and a second edit on a stale version refused.
 */
class RiskMatrixBrowserTest extends BrowserTestBase {

    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final String FORM_LOADED = "#pmo-raid-matrix-form[data-loaded='true']";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProjectAdministratorChangesTheMatrixSeesTheHeatMapFollowAndAStaleEditIsRefused() throws Exception {
        String project = session.sandbox().strings(
                "SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", MANAGER).get(0);
        session.switchTo(MANAGER);

        session.open("plugins/servlet/pmo/raid/matrix?project=" + project);
        session.waiting().until(ExpectedConditions.urlContains("WebSudoAuthenticate.jspa"));
        session.screenshot("matrix-websudo");
        browser.findElement(By.id("sandbox-websudo-confirm")).click();
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(FORM_LOADED)));
        assertThat(browser.findElement(By.id("pmo-raid-matrix-source")).getDomAttribute("data-source"))
                .isEqualTo("PORTFOLIO");

        new Select(browser.findElement(By.id("pmo-raid-matrix-size"))).selectByValue("3");
        type("pmo-raid-matrix-probability-1", "Seldom");
        type("pmo-raid-matrix-probability-2", "Seldom");
        type("pmo-raid-matrix-probability-3", "Often <b>really</b>");
        for (int level = 1; level <= 3; level++) {
            type("pmo-raid-matrix-impact-" + level, List.of("Dent", "Damage", "Disaster").get(level - 1));
        }
        keepTwoBands();
        browser.findElement(By.id("pmo-raid-matrix-save")).click();

        session.waiting().until(ExpectedConditions.attributeToBe(By.id("pmo-raid-matrix-form"), "data-loaded",
                "error"));
        WebElement reason = browser.findElement(By.cssSelector("#pmo-raid-matrix-probability-2 + .error"));
        assertThat(reason.getText()).isEqualTo("'Seldom' is already the label of level 1.");
        session.screenshot("matrix-duplicate-label");

        type("pmo-raid-matrix-probability-2", "Sometimes");
        browser.findElement(By.id("pmo-raid-matrix-save")).click();
        session.waiting().until(ExpectedConditions.attributeToBe(By.id("pmo-raid-matrix-form"), "data-loaded",
                "saved"));
        assertThat(browser.findElements(By.cssSelector("#pmo-raid-matrix-form .error"))).isEmpty();
        assertThat(browser.findElement(By.id("pmo-raid-matrix-form")).getDomAttribute("data-version"))
                .isEqualTo("1");
        Boolean said = session.waiting().until(driver -> driver.findElements(
                By.cssSelector("[data-pmo-flag='success'] .pmo-flag-message")).stream()
                .anyMatch(flag -> flag.getText().equals("The risk matrix is saved (version 1).")));
        assertThat(said).as("the success flag, in words").isTrue();

        browser.findElement(By.id("pmo-raid-matrix-heatmap")).click();
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#pmo-raid-heatmap[data-loaded='true']")));
        String heatMap = browser.findElement(By.id("pmo-raid-heatmap")).getText();
        assertThat(heatMap).contains("Seldom", "Sometimes", "Often <b>really</b>", "Disaster", "Act now");
        assertThat(browser.findElements(By.cssSelector("#pmo-raid-heatmap b"))).as("labels are text").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#pmo-raid-heatmap td[data-probability]")))
                .as("a 3x3 matrix").hasSize(9);
        session.screenshot("matrix-heatmap-follows");

        session.open("plugins/servlet/pmo/raid/matrix?project=" + project);
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(FORM_LOADED)));
        anotherAdministratorSaves(project, 1);
        type("pmo-raid-matrix-probability-1", "Rarely");
        browser.findElement(By.id("pmo-raid-matrix-save")).click();

        session.waiting().until(ExpectedConditions.attributeToBe(By.id("pmo-raid-matrix-form"), "data-status",
                "409"));
        // The newest flag: the one of the 400 earlier may still be closing.
        session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("(//*[@data-pmo-flag='error'])[last()]"),
                "Someone else changed this in the meantime (now version 2)"));
        assertThat(browser.findElement(By.id("pmo-raid-matrix-probability-1")).getDomProperty("value"))
                .as("what was typed is kept").isEqualTo("Rarely");
        session.screenshot("matrix-stale-edit");
        JsonNode stored = JSON.readTree(session.sandbox().get("rest/pmo/1.0/raid/matrix?project=" + project,
                MANAGER).body()).get("matrix");
        assertThat(stored.get("probabilityLabels").get(0).asText()).isEqualTo("Unlikely");
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** The standard matrix has four bands; keep LOW from 1 and make the last one CRITICAL from 5. */
    private void keepTwoBands() {
        while (browser.findElements(By.cssSelector(".pmo-raid-matrix-band")).size() > 2) {
            browser.findElements(By.cssSelector(".pmo-raid-matrix-band-remove")).get(1).click();
        }
        new Select(browser.findElement(By.id("pmo-raid-matrix-band-1-key"))).selectByValue("CRITICAL");
        type("pmo-raid-matrix-band-1-label", "Act now");
        type("pmo-raid-matrix-band-1-minScore", "5");
        type("pmo-raid-matrix-band-1-colour", "#de350b");
    }

    /** Another administrator of the project saves over the REST API while the form is open. */
    private static void anotherAdministratorSaves(String project, long version) throws Exception {
        SandboxFixture sandbox = session.sandbox();
        String sudo = sandbox.websudoCookie(MANAGER);
        ObjectNode body = (ObjectNode) JSON.readTree(sandbox.get("rest/pmo/1.0/raid/matrix?project=" + project,
                MANAGER).body()).get("matrix");
        body.put("version", version);
        body.putArray("probabilityLabels").add("Unlikely").add("Even").add("Likely");
        HttpResponse<String> saved = sandbox.send(HttpRequest.newBuilder(
                        sandbox.uri("rest/pmo/1.0/raid/matrix?project=" + project))
                .header("Cookie", LoginFilter.COOKIE + "=" + MANAGER + "; " + sudo)
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }
}
