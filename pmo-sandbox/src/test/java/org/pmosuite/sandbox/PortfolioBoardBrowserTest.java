package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The portfolio board in Debian's Chromium, as the demo PMO lead: ranked rows with the cut line and the summary as
 * the REST API answers them, a move by drag and drop and one with the keyboard (each persisted across a reload),
 * titles with markup shown as text in the table and in the score popover, the popover's explanation and keyboard
 * behaviour, the filters kept in the URL, inline edits of scoring inputs (and the viewer refused them), and the
 * value/effort matrix. Required in CI ({@code CI=true}); skipped
 * with a message elsewhere when Chromium is not installed.
 */
class PortfolioBoardBrowserTest extends BrowserTestBase {

    private static final String PAGE = "plugins/servlet/pmo/portfolio/board";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String LOADED = "#pmo-portfolio-board[data-loaded='true']";
    private static final Pattern RANGE = Pattern.compile("Rows (\\d+)\u2013(\\d+) of (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    static String portfolio;

    /**
     * A WSJF portfolio over every project the lead browses, with a capacity that puts the cut line on the board's
     * second page (the generated initiatives' estimates are a few story points each).
     */
    @BeforeAll
    static void createPortfolio() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "Browser test board");
        body.put("description", "Every epic and initiative");
        ObjectNode scope = body.putObject("scope");
        fixture.browsableKeys(LEAD).forEach(scope.putArray("projects")::add);
        scope.putArray("issueTypes").add("Epic").add("Initiative");
        body.putObject("scoring").put("model", "WSJF");
        body.putObject("capacity").put("unit", "STORY_POINTS").put("amount", 1500).put("period", "2026 H1");
        var created = fixture.sendJson("POST", "rest/pmo/1.0/portfolios", JSON.writeValueAsString(body), LEAD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        portfolio = JSON.readTree(created.body()).path("id").asText();
        assertThat(board(portfolio, "").path("matching").asInt()).as("the board has more than one page")
                .isGreaterThan(100);
    }

    @Test
    void theBoardShowsRankedRowsTheCutLineAndTheSummaryAsTheApiAnswers() throws Exception {
        session.switchTo(LEAD);
        openBoard("");
        JsonNode data = board(portfolio, "");
        int matching = data.path("matching").asInt();
        JsonNode line = data.path("cutLine");

        List<WebElement> rows = rows();
        assertThat(rows).hasSize(Math.min(100, matching));
        assertThat(keys()).isEqualTo(keysOf(data));
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getDomAttribute("data-rank")).isEqualTo(Integer.toString(i + 1));
        }
        assertThat(range()).isEqualTo("Rows 1\u2013" + rows.size() + " of " + matching);
        assertThat(fact("pmo-summary-visible")).isEqualTo(data.path("visible").asText());
        assertThat(fact("pmo-summary-funded")).isEqualTo(line.path("fundedCount").asText());
        assertThat(fact("pmo-summary-unscored")).isEqualTo(data.path("unscored").asText());
        assertThat(browser.findElement(By.cssSelector("#pmo-summary-committed .pmo-summary-value")).getText())
                .contains(" of ").contains(line.path("unitName").asText());

        assertThat(rows.get(0).findElements(By.cssSelector("span.pmo-funding-badge.aui-lozenge"))).hasSize(1);
        WebElement link = rows.get(0).findElement(By.cssSelector("td.pmo-col-key a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("/jira/browse/" + link.getText());
        session.screenshot("portfolio-board-lead");

        // The cut line: after the last row ranked above it, on the page that holds that row, and on no other.
        int above = line.path("lastRankAboveLine").asInt();
        assertThat(above).as("the capacity funds part of the board").isBetween(1, matching - 1);
        int pageOfLine = (above - 1) / 100;
        if (pageOfLine > 0) {
            assertThat(browser.findElements(By.cssSelector("tr.pmo-cut-line"))).isEmpty();
            clickAndWait(By.cssSelector("#pmo-portfolio-paging button.pmo-page-button[data-page='" + (pageOfLine + 1)
                    + "']"));
            assertThat(browser.getCurrentUrl()).contains("startAt=" + pageOfLine * 100);
        }
        List<WebElement> cut = browser.findElements(By.cssSelector("#pmo-portfolio-table tr.pmo-cut-line"));
        assertThat(cut).hasSize(1);
        assertThat(cut.get(0).getDomAttribute("data-rank-above")).isEqualTo(Integer.toString(above));
        WebElement lastFunded = cut.get(0).findElement(By.xpath("preceding-sibling::tr[1]"));
        assertThat(lastFunded.getDomAttribute("data-rank")).isEqualTo(Integer.toString(above));
        assertThat(cut.get(0).findElement(By.xpath("following-sibling::tr[1]")).getDomAttribute("data-rank"))
                .isEqualTo(Integer.toString(above + 1));
        assertThat(cut.get(0).findElement(By.cssSelector(".pmo-cut-line-label")).getDomProperty("textContent"))
                .isEqualTo("Cut line");
        String unit = line.path("unitName").asText();
        assertThat(cut.get(0).findElement(By.cssSelector(".pmo-cut-line-figures")).getText())
                .isEqualTo("Capacity " + amount(line.path("capacity").asDouble()) + " " + unit + ": "
                        + amount(line.path("committed").asDouble()) + " committed, "
                        + amount(line.path("remaining").asDouble()) + " remaining");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", cut.get(0));
        session.screenshot("portfolio-board-cut-line");
        if (pageOfLine > 0) {
            browser.navigate().back();
            wait.until(ExpectedConditions.textToBe(By.id("pmo-portfolio-range"), "Rows 1\u2013100 of " + matching));
        }

        if (matching > 100) {
            List<String> first = keys();
            clickAndWait(By.id("pmo-portfolio-next"));
            assertThat(browser.getCurrentUrl()).contains("startAt=100");
            assertThat(range()).isEqualTo("Rows 101\u2013" + Math.min(200, matching) + " of " + matching);
            assertThat(rows()).hasSizeLessThanOrEqualTo(100);
            assertThat(keys()).doesNotContainAnyElementsOf(first);
            assertThat(rows().get(0).getDomAttribute("data-rank")).isEqualTo("101");
            browser.navigate().back();
            wait.until(ExpectedConditions.textToBe(By.id("pmo-portfolio-range"),
                    "Rows 1\u2013100 of " + matching));
        }
    }

    @Test
    void aFilterNarrowsTheRowsAndStaysInTheUrlOverAReload() throws Exception {
        session.switchTo(LEAD);
        openBoard("");
        browser.findElement(By.cssSelector("#pmo-filter-project > summary")).click();
        WebElement box = browser.findElement(By.cssSelector("#pmo-filter-project input[type='checkbox']"));
        String project = box.getDomAttribute("value");
        // AUI draws the box over its label: a user clicks the label.
        browser.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']")).click();
        wait.until(ExpectedConditions.urlContains("project=" + project));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));

        JsonNode data = board(portfolio, "&project=" + project);
        assertThat(total()).isEqualTo(data.path("matching").asInt());
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.findElement(
                By.cssSelector("td.pmo-col-project")).getText()).isEqualTo(project));
        assertThat(browser.findElement(By.id("pmo-portfolio-csv")).getDomAttribute("href"))
                .endsWith("/rest/pmo/1.0/portfolios/" + portfolio + "/items/csv?project=" + project);
        session.screenshot("portfolio-board-filtered");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        assertThat(browser.findElement(By.cssSelector("#pmo-filter-project input[value='" + project + "']"))
                .isSelected()).as("the filter comes back from the URL").isTrue();
        assertThat(total()).isEqualTo(data.path("matching").asInt());
    }

    @Test
    void aRowDraggedToANewPlaceKeepsItOverAReload() throws Exception {
        session.switchTo(LEAD);
        openBoard("");
        List<String> before = keys();
        assertThat(before).hasSizeGreaterThan(5);
        String moved = before.get(4);

        // Chromium's HTML5 drag and drop cannot be driven by WebDriver's pointer actions: dispatch the events the
        // browser would, with one DataTransfer, as a user dragging the handle of row 5 to the lower half of row 2.
        ((JavascriptExecutor) browser).executeScript("""
                var rows = document.querySelectorAll('#pmo-portfolio-table tr.pmo-portfolio-row');
                var row = rows[4], target = rows[1];
                row.querySelector('button.pmo-rank-handle').dispatchEvent(
                    new MouseEvent('mousedown', {bubbles: true, button: 0}));
                var transfer = new DataTransfer();
                row.dispatchEvent(new DragEvent('dragstart', {bubbles: true, cancelable: true,
                    dataTransfer: transfer}));
                var box = target.getBoundingClientRect();
                var y = box.bottom - 2;
                target.dispatchEvent(new DragEvent('dragenter', {bubbles: true, cancelable: true,
                    dataTransfer: transfer, clientY: y}));
                target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true,
                    dataTransfer: transfer, clientY: y}));
                target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true,
                    dataTransfer: transfer, clientY: y}));
                row.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: transfer}));
                """);
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pmo-reason-input")));
        assertThat(browser.findElement(By.id("pmo-reason-what")).getText())
                .isEqualTo("New place: between " + before.get(1) + " and " + before.get(2) + ".");
        assertThat(reason).isEqualTo(browser.switchTo().activeElement());
        reason.sendKeys("Board decision <b>not bold</b>");
        session.screenshot("portfolio-board-drag-reason");
        browser.findElement(By.id("pmo-reason-confirm")).click();
        waitForReload();

        List<String> expected = new ArrayList<>(before);
        expected.remove(moved);
        expected.add(2, moved);
        assertThat(keys().subList(0, 6)).isEqualTo(expected.subList(0, 6));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        assertThat(keys().subList(0, 6)).as("the order is stored").isEqualTo(expected.subList(0, 6));
        assertThat(keysOf(board(portfolio, "")).subList(0, 6)).isEqualTo(expected.subList(0, 6));
        WebElement row = row(moved);
        assertThat(row.getDomAttribute("data-rank")).isEqualTo("3");
        WebElement marker = row.findElement(By.cssSelector(".pmo-manual-marker"));
        String leadName = fixture.strings("SELECT display_name FROM sandbox_user WHERE user_key = ?", LEAD).get(0);
        assertThat(marker.getDomAttribute("title")).as("who moved it, by name").startsWith("By " + leadName + " on ")
                .endsWith(": Board decision <b>not bold</b>");
        session.screenshot("portfolio-board-dragged");
    }

    @Test
    void aRowMovedWithTheKeyboardKeepsItsPlaceOverAReload() throws Exception {
        session.switchTo(LEAD);
        openBoard("");
        List<String> before = keys();
        String moved = before.get(7);
        WebElement handle = row(moved).findElement(By.cssSelector("button.pmo-rank-handle"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", handle);

        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(handle.getDomAttribute("aria-pressed")).isEqualTo("true");
        new Actions(browser).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).perform();
        wait.until(ExpectedConditions.textToBe(By.id("pmo-portfolio-announcer"), moved + ": place 5 of "
                + before.size() + "."));
        assertThat(keys().get(4)).isEqualTo(moved);
        session.screenshot("portfolio-board-keyboard-lifted");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pmo-reason-input")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(reason);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitForReload();

        List<String> expected = new ArrayList<>(before);
        expected.remove(moved);
        expected.add(4, moved);
        assertThat(keys().subList(0, 9)).isEqualTo(expected.subList(0, 9));
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).contains("pmo-rank-handle");
        assertThat(focused.getDomAttribute("data-key")).as("the focus stays on the moved row").isEqualTo(moved);
        wait.until(ExpectedConditions.textToBe(By.id("pmo-portfolio-announcer"), moved + " moved; it now ranks 5."));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        assertThat(keys().subList(0, 9)).as("the order is stored").isEqualTo(expected.subList(0, 9));

        // Escape puts a picked-up row back and sends nothing.
        String version = board(portfolio, "").path("portfolio").path("rankVersion").asText();
        WebElement other = row(keys().get(2)).findElement(By.cssSelector("button.pmo-rank-handle"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", other);
        new Actions(browser).sendKeys(Keys.SPACE).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pmo-portfolio-announcer"),
                "cancelled"));
        assertThat(keys().subList(0, 9)).isEqualTo(expected.subList(0, 9));
        assertThat(board(portfolio, "").path("portfolio").path("rankVersion").asText()).isEqualTo(version);
    }

    @Test
    void aTitleWithMarkupIsTextInTheTableAndInTheScorePopover() throws Exception {
        session.switchTo(LEAD);
        openBoard("");
        String key = keys().get(1);
        String payload = "Q3 <b>bold</b> & \"quoted\" <img src=x onerror=\"window.__pmoXss = true\">"
                + "<script>window.__pmoXss = true</script>";
        int dash = key.lastIndexOf('-');
        fixture.execute("UPDATE issue SET summary = ? WHERE issue_num = ?"
                + " AND project_id = (SELECT id FROM project WHERE pkey = ?)", payload,
                Integer.parseInt(key.substring(dash + 1)), key.substring(0, dash));
        // A title changed outside the app (here in the database, in Jira in its issue screen) shows once the board's
        // kept initiatives expire, or at once after "Refresh from Jira".
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        assertThat(row(key).findElement(By.cssSelector("td.pmo-col-title")).getText()).isNotEqualTo(payload);
        Instant readBefore = Instant.parse(fact("pmo-summary-read-at"));
        js.executeScript("window.__pmoXss = false;");

        browser.findElement(By.id("pmo-portfolio-refresh")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-pmo-flag='success']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));

        assertThat(Instant.parse(fact("pmo-summary-read-at"))).isAfter(readBefore);
        assertThat(browser.findElement(By.cssSelector("[data-pmo-flag='success'] .pmo-flag-message")).getText())
                .startsWith("Initiatives read from Jira again at ");
        WebElement title = row(key).findElement(By.cssSelector("td.pmo-col-title"));
        assertThat(title.getText()).isEqualTo(payload);
        assertThat(browser.findElements(By.cssSelector("#pmo-portfolio-board b, #pmo-portfolio-board img, "
                + "#pmo-portfolio-board script"))).isEmpty();

        row(key).findElement(By.cssSelector("button.pmo-score-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#pmo-score-popover[data-loaded='true']")));
        assertThat(browser.findElement(By.cssSelector("#pmo-score-popover .pmo-score-initiative")).getText())
                .isEqualTo(payload);
        assertThat(browser.findElements(By.cssSelector("#pmo-score-popover b, #pmo-score-popover img, "
                + "#pmo-score-popover script"))).isEmpty();
        Thread.sleep(300);
        assertThat(js.executeScript("return window.__pmoXss;")).isEqualTo(false);
        session.screenshot("portfolio-board-markup-title");
    }

    @Test
    void theScorePopoverExplainsTheScoreAndGivesTheFocusBack() throws Exception {
        session.switchTo(LEAD);
        openBoard("");
        WebElement row = rows().stream().filter(each -> !each.findElements(
                By.cssSelector("button.pmo-score-button[data-score]")).isEmpty()).findFirst().orElseThrow();
        String key = row.getDomAttribute("data-key");
        JsonNode explanation = JSON.readTree(fixture.get("rest/pmo/1.0/portfolios/" + portfolio + "/items/" + key
                + "/score", LEAD).body());
        WebElement score = row.findElement(By.cssSelector("button.pmo-score-button"));
        assertThat(score.getText()).matches("-?[\\d,]+\\.\\d\\d");
        score.click();

        WebElement popover = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#pmo-score-popover[data-loaded='true']")));
        assertThat(popover.getDomAttribute("role")).isEqualTo("dialog");
        assertThat(popover.getDomAttribute("data-key")).isEqualTo(key);
        assertThat(browser.findElement(By.id("pmo-score-popover-title")).getText()).isEqualTo("Score of " + key);
        assertThat(browser.findElement(By.cssSelector("#pmo-score-popover .pmo-score-model")).getText())
                .isEqualTo(explanation.path("modelName").asText());
        assertThat(browser.findElement(By.cssSelector("#pmo-score-popover .pmo-score-formula")).getText())
                .isEqualTo(explanation.path("formula").asText());
        assertThat(browser.findElement(By.cssSelector("#pmo-score-popover .pmo-score-value")).getText())
                .isEqualTo(score.getText());
        assertThat(browser.findElements(By.cssSelector("#pmo-score-popover tr.pmo-score-term")))
                .hasSize(explanation.path("terms").size());
        List<WebElement> steps = browser.findElements(By.cssSelector("#pmo-score-popover li.pmo-score-step"));
        assertThat(steps).hasSize(explanation.path("steps").size()).isNotEmpty();
        assertThat(steps.get(0).findElement(By.cssSelector(".pmo-score-step-text")).getText())
                .isEqualTo(explanation.path("steps").get(0).path("text").asText());
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('pmo-score-popover').contains(document.activeElement);"))
                .as("the focus moved into the popover").isTrue();
        session.screenshot("portfolio-board-score-popover");

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("pmo-score-popover")));
        assertThat(browser.switchTo().activeElement()).as("the focus is back on the score").isEqualTo(score);
    }

    /**
     * The inline editor: a value off its scale comes back as a 400 beside its field with the dialog kept open; a
     * good one is written, and the row's score is the server's new one; the viewer, who may not edit, is told so.
     */
    @Test
    void scoringInputsAreEditedInlineWithTheServersReasonsBesideTheFields() throws Exception {
        session.switchTo(LEAD);
        openBoard("");
        String key = rows().stream().filter(each -> !each.findElements(
                By.cssSelector("button.pmo-score-button[data-score]")).isEmpty()).findFirst().orElseThrow()
                .getDomAttribute("data-key");
        row(key).findElement(By.cssSelector("button.pmo-edit-inputs")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-inputs-editor"), "data-state", "open"));
        assertThat(browser.findElement(By.id("pmo-inputs-editor-title")).getText())
                .isEqualTo("Scoring inputs of " + key);
        assertThat(browser.findElements(By.cssSelector("#pmo-inputs-form > .pmo-inputs-fields > .field-group input")))
                .extracting(input -> input.getDomAttribute("name"))
                .containsExactly("businessValue", "timeCriticality", "riskReduction", "jobSize");
        WebElement jobSize = browser.findElement(By.id("pmo-input-jobSize"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(browser.findElement(By.id("pmo-input-businessValue")));
        String size = jobSize.getDomProperty("value");
        jobSize.clear();
        jobSize.sendKeys("4");
        browser.findElement(By.id("pmo-inputs-save")).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-inputs-editor"), "data-state", "failed"));
        assertThat(browser.findElement(By.cssSelector("#pmo-input-jobSize + div.error[data-pmo-error]")).getText())
                .isEqualTo("4 is not on this field's scale. Use one of: 1, 2, 3, 5, 8, 13, 20.");
        assertThat(jobSize.getDomAttribute("aria-invalid")).isEqualTo("true");
        session.screenshot("portfolio-board-inputs-refused");

        String next = "13".equals(size) ? "8" : "13";
        jobSize.clear();
        jobSize.sendKeys(next);
        browser.findElement(By.id("pmo-inputs-save")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-inputs-editor"), "data-state", "closed"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        JsonNode explanation = JSON.readTree(fixture.get("rest/pmo/1.0/portfolios/" + portfolio + "/items/" + key
                + "/score", LEAD).body());
        assertThat(explanation.path("terms").findValues("value").stream().map(JsonNode::asText))
                .contains(Double.toString(Double.parseDouble(next)));
        assertThat(browser.findElement(By.cssSelector("[data-pmo-flag='success'] .pmo-flag-message")).getText())
                .startsWith("Saved the scoring inputs of " + key + ".");
        // The new score may rank it on another page: look for it where the board now ranks it.
        int rank = 0;
        for (JsonNode item : board(portfolio, "&maxResults=500").path("items")) {
            if (item.path("key").asText().equals(key)) {
                rank = item.path("rank").asInt();
            }
        }
        assertThat(rank).isPositive();
        openBoard("&startAt=" + (rank - 1) / 100 * 100);
        WebElement score = row(key).findElement(By.cssSelector("button.pmo-score-button"));
        assertThat(row(key).getDomAttribute("data-rank")).isEqualTo(Integer.toString(rank));
        assertThat(Double.parseDouble(score.getDomAttribute("data-score")))
                .isEqualTo(explanation.path("score").asDouble());

        session.switchTo(PortfolioGenerator.VIEWER);
        int viewersRank = 0;
        var viewers = fixture.get("rest/pmo/1.0/portfolios/" + portfolio + "/items?maxResults=500",
                PortfolioGenerator.VIEWER);
        for (JsonNode item : JSON.readTree(viewers.body()).path("items")) {
            if (item.path("key").asText().equals(key)) {
                viewersRank = item.path("rank").asInt();
            }
        }
        assertThat(viewersRank).as("the viewer sees " + key).isPositive();
        openBoard("&startAt=" + (viewersRank - 1) / 100 * 100);
        assertThat(browser.findElements(By.cssSelector("button.pmo-rank-handle"))).as("the viewer may not rank")
                .isEmpty();
        row(key).findElement(By.cssSelector("button.pmo-edit-inputs")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-inputs-editor"), "data-state", "open"));
        WebElement field = browser.findElement(By.id("pmo-input-jobSize"));
        field.clear();
        field.sendKeys(size);
        browser.findElement(By.id("pmo-inputs-save")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-inputs-editor"), "data-state", "failed"));
        By refusal = By.cssSelector("[data-pmo-flag='error'] .pmo-flag-message");
        wait.until(ExpectedConditions.visibilityOfElementLocated(refusal));
        assertThat(browser.findElement(refusal).getText()).startsWith("You may see " + key + " but not edit it");
        session.screenshot("portfolio-board-inputs-forbidden");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-inputs-editor"), "data-state", "closed"));
    }

    @Test
    void theMatrixDrawsAPointForEveryInitiativeWithAScoreAndAnEstimate() throws Exception {
        session.switchTo(LEAD);
        openBoard("");
        clickAndWait(By.id("pmo-portfolio-view-matrix"));
        assertThat(browser.getCurrentUrl()).contains("view=matrix");

        JsonNode data = board(portfolio, "&maxResults=500");
        long drawable = 0;
        for (JsonNode item : data.path("items")) {
            if (item.path("scored").asBoolean() && item.path("estimate").isNumber()) {
                drawable++;
            }
        }
        List<WebElement> points = browser.findElements(By.cssSelector("svg#pmo-portfolio-matrix circle.pmo-matrix-point"));
        assertThat(points).hasSize((int) drawable).isNotEmpty();
        assertThat(points.get(0).getDomAttribute("tabindex")).isEqualTo("0");
        assertThat(points.get(0).findElement(By.tagName("title")).getDomProperty("textContent"))
                .startsWith(points.get(0).getDomAttribute("data-key") + " ");
        assertThat(browser.findElements(By.cssSelector("text.pmo-matrix-quadrant")))
                .extracting(text -> text.getDomProperty("textContent"))
                .containsExactly("Quick wins", "Big bets", "Fill-ins", "Money pits");
        int matching = data.path("matching").asInt();
        assertThat(browser.findElement(By.cssSelector("#pmo-matrix-note .pmo-matrix-limit")).getText())
                .isEqualTo(matching > 500
                        ? "The matrix shows the first 500 of the " + matching + " initiatives that match, by rank."
                        : "All " + matching + " initiatives that match are here; the matrix shows at most 500, "
                                + "the first by rank.");
        assertThat(browser.findElements(By.cssSelector("tr.pmo-portfolio-row"))).isEmpty();
        session.screenshot("portfolio-board-matrix");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        assertThat(browser.findElements(By.cssSelector("circle.pmo-matrix-point"))).hasSize((int) drawable);
    }

    /** A number as the page shows an amount: en's grouping, at most two decimals. */
    private static String amount(double value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static JsonNode board(String id, String query) throws Exception {
        var answer = fixture.get("rest/pmo/1.0/portfolios/" + id + "/items?startAt=0" + query, LEAD);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<String> keysOf(JsonNode data) {
        List<String> keys = new ArrayList<>();
        data.path("items").forEach(item -> keys.add(item.path("key").asText()));
        return keys;
    }

    private static void openBoard(String query) {
        browser.get(fixture.uri(PAGE + "?portfolio=" + portfolio + query).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    /** Clicks what changes the board, and waits for it to have loaded again. */
    private static void clickAndWait(By what) {
        browser.findElement(what).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    /** After a change was confirmed: the prompt closes and the board is drawn again. */
    private static void waitForReload() {
        wait.until(ExpectedConditions.attributeToBe(By.id("pmo-reason-dialog"), "data-state", "closed"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    private static String fact(String id) {
        return browser.findElement(By.id(id)).getDomAttribute("data-value");
    }

    private static String range() {
        return browser.findElement(By.id("pmo-portfolio-range")).getText();
    }

    private static int total() {
        Matcher matcher = RANGE.matcher(range());
        assertThat(matcher.matches()).as(range()).isTrue();
        assertThat(browser.findElement(By.id("pmo-portfolio-range")).getDomAttribute("data-total"))
                .isEqualTo(matcher.group(3));
        return Integer.parseInt(matcher.group(3));
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#pmo-portfolio-table tr.pmo-portfolio-row"));
    }

    private static WebElement row(String key) {
        return browser.findElement(By.cssSelector("#pmo-portfolio-table tr.pmo-portfolio-row[data-key='" + key
                + "']"));
    }

    private static List<String> keys() {
        return rows().stream().map(row -> row.getDomAttribute("data-key")).toList();
    }
}
