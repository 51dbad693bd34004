package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * Adding and editing RAID entries on the RAID log in Debian's Chromium, as two users: the project manager adds a
 * risk with a hostile summary and plan, sees a 400 beside the field it names with nothing stored, finds the entry by
 * clicking its heat map cell, edits it, and exports that cell as CSV; a change made meanwhile elsewhere is refused
 * with the form kept; the viewer, without the security level the entry is then put under, no longer sees it.
 */
class RaidEntryEditorBrowserTest extends BrowserTestBase {

    private static final String PAGE = "plugins/servlet/pmo/raid/log";
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final String VIEWER = PortfolioGenerator.VIEWER;
    private static final String LOADED = "#pmo-raid-log-table[data-loaded='true']";
    private static final String SUMMARY = "Vendor <img src=x onerror=\"window.__pmoXss = true\"> may fold";
    private static final String PLAN = "=HYPERLINK(\"http://evil.example\")<script>window.__pmoXss = true</script>";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String project;

    @BeforeAll
    static void start() throws Exception {
        project = fixture.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", MANAGER).get(0);
    }

    @Test
    void theManagerAddsEditsFindsAndExportsAnEntryAndTheViewerLosesSightOfItUnderSecurity() throws Exception {
        session.switchTo(MANAGER);
        openLog();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.__pmoXss = false;");
        long issuesBefore = count("SELECT COUNT(*) FROM issue");

        browser.findElement(By.id("pmo-raid-log-add")).click();
        waitForEditor("open");
        Select probability = new Select(field("probability"));
        Select impact = new Select(field("impact"));
        List<WebElement> levels = probability.getOptions();
        String top = levels.get(levels.size() - 1).getDomProperty("value");
        assertThat(top).matches("[3-5]");
        assertThat(levels.get(0).getText()).isEqualTo("Not rated");
        field("responsePlan").sendKeys(PLAN);
        browser.findElement(By.id("pmo-raid-entry-save")).click();

        waitForEditor("failed");
        assertThat(browser.findElement(By.cssSelector("#pmo-raid-entry-form [data-pmo-error]")).getText())
                .isNotBlank();
        assertThat(field("summary").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("responsePlan").getDomProperty("value")).as("nothing typed is lost").isEqualTo(PLAN);
        assertThat(count("SELECT COUNT(*) FROM issue")).isEqualTo(issuesBefore);
        session.screenshot("raid-entry-add-refused");

        field("summary").sendKeys(SUMMARY);
        new Select(field("type")).selectByValue("RISK");
        probability.selectByValue(top);
        impact.selectByValue(top);
        js.executeScript("arguments[0].value = '2020-01-15';", field("reviewDate"));
        browser.findElement(By.id("pmo-raid-entry-save")).click();
        waitForEditor("saved");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        String key = browser.findElement(By.id("pmo-raid-entry-editor")).getDomAttribute("data-saved-key");
        assertThat(key).startsWith(project + "-");
        assertThat(successFlagSays("Added " + key + ".")).as("the success flag, in words").isTrue();
        assertThat(count("SELECT COUNT(*) FROM issue")).isEqualTo(issuesBefore + 1);
        assertThat(js.executeScript("return window.__pmoXss;")).as("the reloaded table ran nothing").isEqualTo(false);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#pmo-raid-log-heatmap[data-loaded='true']")));
        browser.findElement(By.cssSelector("#pmo-raid-log-heatmap td.pmo-heatmap-cell[data-probability='" + top
                + "'][data-impact='" + top + "'] a.pmo-heatmap-cell-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        assertThat(browser.getCurrentUrl()).contains("cell=" + top + "x" + top);
        assertThat(browser.findElements(By.cssSelector("#pmo-raid-log-entries tr.pmo-raid-log-entry")))
                .allSatisfy(each -> assertThat(each.getDomAttribute("data-probability") + "x"
                        + each.getDomAttribute("data-impact")).isEqualTo(top + "x" + top));
        WebElement row = browser.findElement(By.cssSelector("tr[data-key='" + key + "']"));
        assertThat(row.findElement(By.cssSelector("td.pmo-raid-log-summary")).getText()).isEqualTo(SUMMARY);
        assertThat(row.findElement(By.cssSelector("td.pmo-raid-log-plan")).getDomAttribute("title"))
                .isEqualTo(PLAN);
        assertThat(row.findElements(By.cssSelector(".pmo-raid-log-badge"))).extracting(b -> b.getDomAttribute(
                "data-rule")).containsExactly("REVIEW_OVERDUE");
        assertThat(browser.findElements(By.cssSelector("#pmo-raid-log-table script, #pmo-raid-log-table img")))
                .isEmpty();
        session.screenshot("raid-entry-added");

        row.findElement(By.cssSelector("button.pmo-raid-log-edit")).click();
        waitForEditor("open");
        assertThat(field("summary").getDomProperty("value")).isEqualTo(SUMMARY);
        assertThat(new Select(field("probability")).getFirstSelectedOption().getDomProperty("value")).isEqualTo(top);
        new Select(field("roam")).selectByValue("MITIGATED");
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-raid-owners"), "data-loaded", "true"));
        assertThat(browser.findElements(By.cssSelector("#pmo-raid-owners option"))).extracting(option ->
                option.getDomProperty("value")).as("the owner field offers the project's RAID owners")
                .containsExactlyInAnyOrderElementsOf(fixture.strings("""
                        SELECT DISTINCT i.owner_user_key FROM issue i JOIN project p ON p.id = i.project_id
                        WHERE p.pkey = ? AND i.raid_type IS NOT NULL AND i.owner_user_key IS NOT NULL
                          AND (i.security_level_id IS NULL OR i.security_level_id IN
                               (SELECT level_id FROM issue_security_grant WHERE user_key = ?))""", project, MANAGER));
        assertThat(field("owner").getDomAttribute("list")).isEqualTo("pmo-raid-owners");
        field("owner").sendKeys(MANAGER);
        session.screenshot("raid-entry-edit");
        browser.findElement(By.id("pmo-raid-entry-save")).click();
        waitForEditor("saved");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        row = browser.findElement(By.cssSelector("tr[data-key='" + key + "']"));
        assertThat(successFlagSays("Saved " + key + ".")).isTrue();
        assertThat(row.findElement(By.cssSelector("td.pmo-raid-log-roam")).getText()).isEqualTo("Mitigated");
        assertThat(row.findElement(By.cssSelector("td.pmo-raid-log-owner")).getDomAttribute("title"))
                .isEqualTo(MANAGER);
        assertThat(js.executeScript("return window.__pmoXss;")).isEqualTo(false);

        String csvHref = browser.findElement(By.id("pmo-raid-log-export")).getDomAttribute("href");
        assertThat(csvHref).contains("cell=" + top + "x" + top);
        HttpResponse<String> csv = fixture.get(csvHref.substring("/jira/".length()), MANAGER);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"" + key + "\"", "\"'" + PLAN.replace("\"", "\"\"") + "\"");

        browser.get(fixture.uri("browse/" + key).toString());
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pmo-raid-issue-entry")));
        js.executeScript("window.__pmoXss = false;");
        assertThat(panel.getText()).contains(PLAN, "Mitigated", "Daniel Brandt", "Review was due on 2020-01-15.");
        assertThat(browser.findElement(By.id("summary-val")).getText()).isEqualTo(SUMMARY);
        assertThat(browser.findElements(By.cssSelector("#viewissuesidebar script, #viewissuesidebar img"))).isEmpty();
        Thread.sleep(300);
        assertThat(js.executeScript("return window.__pmoXss;")).isEqualTo(false);
        session.screenshot("raid-issue-panel-risk");

        session.switchTo(VIEWER);
        openLog();
        assertThat(browser.findElements(By.cssSelector("tr[data-key='" + key + "']"))).isNotEmpty()
                .as("an unsecured entry is there for everyone who browses the project");
        fixture.execute("INSERT INTO issue_security_level (id, project_id, name) SELECT 990001, id, "
                + "'Steering committee' FROM project WHERE pkey = ?", project);
        fixture.execute("UPDATE issue SET security_level_id = 990001 WHERE issue_num = ? AND project_id = "
                + "(SELECT id FROM project WHERE pkey = ?)", number(key), project);
        openLog();
        assertThat(browser.findElements(By.cssSelector("tr[data-key='" + key + "']"))).isEmpty();
        assertThat(Long.parseLong(browser.findElement(By.id("pmo-raid-log-range")).getDomAttribute("data-total")))
                .isEqualTo(fixture.expectedTotal(VIEWER, project));
        session.screenshot("raid-entry-viewer");
    }

    @Test
    void aChangeMadeMeanwhileIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        session.switchTo(MANAGER);
        ObjectNode body = JSON.createObjectNode().put("summary", "Budget cut").put("type", "RISK");
        JsonNode created = JSON.readTree(fixture.sendJson("POST", "rest/pmo/1.0/raid/entries?project=" + project,
                body.toString(), MANAGER).body());
        String key = created.get("key").asText();
        browser.get(fixture.uri(PAGE + "?project=" + project + "&sort=updated").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));

        browser.findElement(By.cssSelector("button.pmo-raid-log-edit[data-key='" + key + "']")).click();
        waitForEditor("open");
        HttpResponse<String> elsewhere = fixture.sendJson("PUT", "rest/pmo/1.0/raid/entries/" + key,
                ((ObjectNode) created.deepCopy()).put("roam", "ACCEPTED").toString(), MANAGER);
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        field("summary").clear();
        field("summary").sendKeys("Budget cut by a third");
        browser.findElement(By.id("pmo-raid-entry-save")).click();

        waitForEditor("failed");
        assertThat(browser.findElement(By.cssSelector(".pmo-raid-entry-stale")).getText()).contains(key);
        assertThat(field("summary").getDomProperty("value")).isEqualTo("Budget cut by a third");
        assertThat(fixture.strings("SELECT summary FROM issue WHERE issue_num = ? AND project_id = "
                + "(SELECT id FROM project WHERE pkey = ?)", number(key), project)).containsExactly("Budget cut");
        session.screenshot("raid-entry-stale");

        browser.findElement(By.id("pmo-raid-entry-reload")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-raid-entry-roam"), "value", "ACCEPTED"));
        assertThat(field("summary").getDomProperty("value")).isEqualTo("Budget cut");
    }

    private static void openLog() {
        browser.get(fixture.uri(PAGE + "?project=" + project).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    private static WebElement field(String name) {
        return browser.findElement(By.cssSelector("#pmo-raid-entry-form [name='" + name + "']"));
    }

    private static void waitForEditor(String state) {
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-raid-entry-editor"), "data-state", state));
    }

    private static long count(String sql) throws Exception {
        return Long.parseLong(fixture.strings(sql).get(0));
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    /** Waits for a shown success flag with this message (a flag animating in reads as empty text). */
    private static boolean successFlagSays(String message) {
        return wait.until(driver -> driver.findElements(By.cssSelector("[data-pmo-flag='success'] .pmo-flag-message"))
                .stream().anyMatch(flag -> flag.getText().equals(message)));
    }
}
