package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The heat map page in Debian's Chromium, as the PMO lead and as a project manager who sees only some projects.
 * Required in CI ({@code CI=true}); skipped with a message elsewhere when Chromium is not installed.
 */
class HeatMapBrowserTest extends BrowserTestBase {

    private static final String PAGE = "plugins/servlet/pmo/raid/heatmap";
    private static final String LOADED = "#pmo-raid-heatmap[data-loaded='true']";


    @Test
    void eachUserSeesTheHeatMapOfTheProjectsTheyMayBrowse() throws Exception {
        switchTo(PortfolioGenerator.PMO_LEAD);
        browser.get(fixture.uri(PAGE).toString());
        waitForHeatMap();
        assertThat(currentUser()).isEqualTo("Margaret Okafor");
        assertThat(cellCounts()).isEqualTo(fixture.expectedCells(PortfolioGenerator.PMO_LEAD));
        assertThat(browser.findElement(By.className("pmo-heatmap-scope")).getText())
                .isEqualTo("Across " + fixture.browsableKeys(PortfolioGenerator.PMO_LEAD).size()
                        + " projects you can browse");
        long leadTotal = total();
        assertThat(leadTotal).isEqualTo(fixture.expectedTotal(PortfolioGenerator.PMO_LEAD));
        screenshot("heatmap-pmo-lead");

        new Select(browser.findElement(By.id("sandbox-user-select"))).selectByValue(PortfolioGenerator.PROJECT_MANAGER);
        browser.findElement(By.id("sandbox-switch-user")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sandbox-current-user"), "Daniel Brandt"));
        waitForHeatMap();

        assertThat(cellCounts()).isEqualTo(fixture.expectedCells(PortfolioGenerator.PROJECT_MANAGER));
        long managerTotal = total();
        assertThat(managerTotal).isEqualTo(fixture.expectedTotal(PortfolioGenerator.PROJECT_MANAGER))
                .isLessThan(leadTotal);
        assertThat(pickerKeys()).isEqualTo(fixture.browsableKeys(PortfolioGenerator.PROJECT_MANAGER)).hasSize(4);
        screenshot("heatmap-project-manager");
    }

    @Test
    void tickingRisksNarrowsTheHeatMapToRisks() throws Exception {
        switchTo(PortfolioGenerator.PMO_LEAD);
        browser.get(fixture.uri(PAGE).toString());
        waitForHeatMap();
        Map<String, Long> all = cellCounts();

        browser.findElement(By.cssSelector("label[for='pmo-raid-type-RISK']")).click();
        browser.findElement(By.id("pmo-raid-show")).click();
        wait.until(ExpectedConditions.urlContains("type=RISK"));
        waitForHeatMap();

        Map<String, Long> risks = fixture.expectedCells(PortfolioGenerator.PMO_LEAD, "RISK");
        assertThat(cellCounts()).isEqualTo(risks).isNotEqualTo(all);
        assertThat(browser.findElement(By.id("pmo-raid-type-RISK")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("pmo-raid-type-ISSUE")).isSelected()).isFalse();
        screenshot("heatmap-risks-only");
    }

    @Test
    void aProjectTheManagerCannotBrowseShowsTheNotVisibleMessageAndNoData() throws Exception {
        String hidden = hiddenProject();
        switchTo(PortfolioGenerator.PROJECT_MANAGER);

        browser.get(fixture.uri(PAGE + "?project=" + hidden).toString());

        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pmo-raid-project-missing")));
        assertThat(message.getText()).isEqualTo("No project could be found with key '" + hidden
                + "', or you do not have permission to browse it.");
        assertThat(pickerKeys()).doesNotContain(hidden);
        assertThat(browser.findElements(By.id("pmo-raid-heatmap"))).as("no heat map at all").isEmpty();
        assertThat(browser.findElements(By.cssSelector("td.pmo-heatmap-cell"))).isEmpty();
        screenshot("heatmap-not-visible");
    }

    @Test
    void thePmoMenuOpensAndLeadsToTheHeatMap() throws Exception {
        switchTo(PortfolioGenerator.PROJECT_MANAGER);
        browser.get(fixture.uri("").toString());

        browser.findElement(By.id("pmo-top-menu-link")).click();
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pmo-top-menu-link-content a[href='/jira/" + PAGE + "']")));
        assertThat(item.getText()).isEqualTo("RAID heat map");
        screenshot("pmo-menu-open");

        item.click();
        waitForHeatMap();
        assertThat(browser.getCurrentUrl()).endsWith("/jira/" + PAGE);

        browser.findElement(By.id("pmo-top-menu-link")).click();
        WebElement current = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pmo-top-menu-link-content a.pmo-nav-current")));
        assertThat(current.getText()).isEqualTo("RAID heat map");
        screenshot("heatmap-pmo-menu-open");
    }

    @Test
    void aSizeTheServerRejectsShowsItsReasonInAFlag() throws Exception {
        switchTo(PortfolioGenerator.PMO_LEAD);
        browser.get(fixture.uri(PAGE + "?size=9").toString());

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pmo-raid-heatmap[data-loaded='error']")));
        assertThat(browser.findElement(By.id("pmo-raid-heatmap")).getText()).isEqualTo("The data could not be loaded.");
        wait.until(driver -> !flagMessages().isEmpty());
        assertThat(flagMessages()).containsExactly(
                "The matrix size comes from the risk matrix settings, not from the request: remove the size parameter.");
        assertThat(browser.findElements(By.cssSelector("td.pmo-heatmap-cell"))).isEmpty();
        screenshot("heatmap-size-rejected");
    }

    @Test
    void aFieldsReasonGoesBesideItsFieldAndTheRestIntoTheFlag() throws Exception {
        switchTo(PortfolioGenerator.PMO_LEAD);
        browser.get(fixture.uri(PAGE).toString());
        waitForHeatMap();

        Object fields = ((JavascriptExecutor) browser).executeScript("""
                var form = document.createElement('form');
                form.className = 'aui';
                form.id = 'pmo-test-form';
                var label = document.createElement('input');
                label.name = 'probabilityLabels[2]';
                var colour = document.createElement('input');
                colour.name = 'colour';
                colour.setAttribute('data-pmo-field', 'bands[1].colour');
                form.appendChild(label);
                form.appendChild(colour);
                document.getElementById('pmo-raid-heatmap-page').appendChild(form);
                var errors = require('pmo/common/errors');
                errors.show({status: 400, body: {errorMessages: ['<img src=x id=pmo-injected>'],
                    errors: {'probabilityLabels[2]': 'Label 3 must not be blank.', 'bands[1].colour': 'Not a colour.',
                        'nowhere': 'A reason without a field.'}}}, form);
                return errors.show({status: 400, body: {errorMessages: [], errors: {'type': 'Pick a RAID type.',
                    'probabilityLabels[2]': 'Label 3 is too long.', 'size': 'Too big.'}}}, document).fields;
                """);

        assertThat(fields).isEqualTo(2L);
        assertThat(reasonAfter("input[name='probabilityLabels[2]']")).isEqualTo("Label 3 is too long.");
        assertThat(reasonAfter(".pmo-raid-type-choices[data-pmo-field='type']")).isEqualTo("Pick a RAID type.");
        assertThat(browser.findElements(By.cssSelector("div.error[data-pmo-error]"))).as("the first call's are gone")
                .hasSize(2);
        assertThat(browser.findElement(By.cssSelector("input[name='probabilityLabels[2]']"))
                .getDomAttribute("aria-invalid")).isEqualTo("true");
        wait.until(driver -> !flagMessages().isEmpty());
        assertThat(flagMessages()).containsExactly("Too big.");
        screenshot("field-errors");

        ((JavascriptExecutor) browser).executeScript("""
                require('pmo/common/errors').show({status: 400, body: {errorMessages: ['<img src=x id=pmo-injected>'],
                    errors: {'nowhere': 'A reason without a field.'}}}, document.getElementById('pmo-test-form'));
                """);
        wait.until(driver -> flagMessages().equals(List.of("<img src=x id=pmo-injected>",
                "A reason without a field.")));
        assertThat(browser.findElements(By.cssSelector(".aui-flag[open][data-pmo-flag='error']")))
                .as("the last failure's flag was closed").hasSize(1);
        assertThat(browser.findElements(By.id("pmo-injected"))).as("text, never markup").isEmpty();
    }

    @Test
    void aStatusWithoutABodyGetsATranslatedGenericText() {
        switchTo(PortfolioGenerator.PMO_LEAD);
        browser.get(fixture.uri(PAGE).toString());
        waitForHeatMap();

        ((JavascriptExecutor) browser).executeScript(
                "require('pmo/common/errors').show({status: 409, body: {errorMessages: [], errors: {}}});");

        wait.until(driver -> !flagMessages().isEmpty());
        assertThat(flagMessages())
                .containsExactly("Someone else changed this in the meantime. Reload the page and try again.");
    }

    @Test
    void theTextsComeFromTheJsI18nTransformer() throws Exception {
        switchTo(PortfolioGenerator.PMO_LEAD);
        browser.get(fixture.uri(PAGE).toString());
        waitForHeatMap();

        assertThat(fixture.get(PAGE, PortfolioGenerator.PMO_LEAD).body()).as("the page itself holds no such texts")
                .doesNotContain("Open entries", "data-label-");
        assertThat(browser.findElement(By.cssSelector(".pmo-heatmap-total strong")).getText())
                .isEqualTo("Open entries:");
        assertThat(browser.findElements(By.className("pmo-heatmap-legend-text"))).extracting(WebElement::getText)
                .isNotEmpty().allMatch(text -> text.matches("(Low|Medium|High|Critical) \\(\\d+\u2013\\d+\\): \\d+"));
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return AJS.I18n.getText('pmo.raid.heatmap.total');"))
                .as("at run time AUI knows no plugin texts").isEqualTo("pmo.raid.heatmap.total");
    }

    @Test
    void aConfiguredMatrixGivesLabelsColoursAndALegendWithScoreRanges() throws Exception {
        switchTo(PortfolioGenerator.PMO_LEAD);
        browser.get(fixture.uri(PAGE).toString());
        waitForHeatMap();

        ((JavascriptExecutor) browser).executeScript("""
                var bands = [{key: 'LOW', label: 'Fine', minScore: 1, maxScore: 2, colour: '#00875a'},
                    {key: 'MEDIUM', label: 'Watch', minScore: 3, maxScore: 4, colour: '#ffe380'},
                    {key: 'CRITICAL', label: 'Act now', minScore: 6, maxScore: 9, colour: '#bf2600'}];
                function cell(p, i) {
                    var score = p * i;
                    return {probability: p, impact: i, count: p + i, exposure: score,
                        band: score <= 2 ? 'LOW' : score <= 4 ? 'MEDIUM' : 'CRITICAL'};
                }
                var data = {size: 3, projects: [], types: [], rated: 36, unrated: 1, total: 37,
                    bands: {LOW: 9, MEDIUM: 9, CRITICAL: 18},
                    rows: [3, 2, 1].map(function (p) { return [1, 2, 3].map(function (i) { return cell(p, i); }); }),
                    matrix: {size: 3, version: 4, inherited: false, source: 'project',
                        probabilityLabels: ['Unlikely', 'Possible', '<b>Likely</b>'],
                        impactLabels: ['Minor', 'Major', 'Severe'], bands: bands}};
                var node = require('pmo/raid/heatmap-view').render(data, {});
                node.id = 'pmo-test-view';
                document.getElementById('pmo-raid-heatmap-page').appendChild(node);
                """);

        WebElement view = browser.findElement(By.id("pmo-test-view"));
        assertThat(view.findElements(By.cssSelector("th.pmo-heatmap-rating[scope='row']")))
                .extracting(WebElement::getText).containsExactly("<b>Likely</b>", "Possible", "Unlikely");
        assertThat(view.findElements(By.cssSelector("th.pmo-heatmap-rating[scope='col']")))
                .extracting(WebElement::getText).containsExactly("Minor", "Major", "Severe");
        WebElement critical = view.findElement(By.cssSelector("td[data-probability='3'][data-impact='3']"));
        assertThat(critical.getCssValue("background-color")).isEqualTo("rgba(191, 38, 0, 1)");
        assertThat(critical.getCssValue("color")).as("white on a dark band").isEqualTo("rgba(255, 255, 255, 1)");
        assertThat(critical.getDomAttribute("aria-label")).isEqualTo("Probability 3, impact 3, Act now. Open entries: 6");
        WebElement low = view.findElement(By.cssSelector("td[data-probability='1'][data-impact='1']"));
        assertThat(low.getCssValue("background-color")).isEqualTo("rgba(0, 135, 90, 1)");
        assertThat(view.findElements(By.className("pmo-heatmap-legend-text"))).extracting(WebElement::getText)
                .containsExactly("Fine (1\u20132): 9", "Watch (3\u20134): 9", "Act now (6\u20139): 18");
        assertThat(view.findElements(By.cssSelector(".pmo-heatmap-legend .pmo-heatmap-swatch")).get(1)
                .getCssValue("background-color")).isEqualTo("rgba(255, 227, 128, 1)");
        assertThat(view.findElements(By.tagName("b"))).as("labels are text").isEmpty();
        screenshot("heatmap-configured-matrix");
    }

    /** The texts of the open error flags, read as text content: a flag still sliding in has no visible text. */
    private static List<String> flagMessages() {
        return browser.findElements(By.cssSelector(".aui-flag[open][data-pmo-flag='error'] .pmo-flag-message"))
                .stream().map(message -> message.getDomProperty("textContent")).toList();
    }

    private static String reasonAfter(String fieldSelector) {
        WebElement reason = browser.findElement(By.cssSelector(fieldSelector + " + div.error[data-pmo-error]"));
        return reason.getText();
    }

    private static String hiddenProject() {
        try {
            List<String> managed = fixture.browsableKeys(PortfolioGenerator.PROJECT_MANAGER);
            return fixture.browsableKeys(PortfolioGenerator.PMO_LEAD).stream().filter(key -> !managed.contains(key))
                    .findFirst().orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void switchTo(String userKey) {
        session.switchTo(userKey);
    }

    private static void waitForHeatMap() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    private static String currentUser() {
        return browser.findElement(By.id("sandbox-current-user")).getText();
    }

    private static long total() {
        return Long.parseLong(browser.findElement(By.id("pmo-raid-total")).getText().trim());
    }

    /** Non-zero cells as {@code "probability:impact" -> count}; every cell is also checked against its text. */
    private static Map<String, Long> cellCounts() {
        List<WebElement> cells = browser.findElements(By.cssSelector("td.pmo-heatmap-cell[data-probability][data-impact]"));
        assertThat(cells).hasSize(25);
        Map<String, Long> counts = new HashMap<>();
        for (WebElement cell : cells) {
            long count = Long.parseLong(cell.getText().trim());
            assertThat(cell.getDomAttribute("data-count")).isEqualTo(Long.toString(count));
            assertThat(cell.getDomAttribute("aria-label")).as("a screen reader hears the count and the cell")
                    .matches("Probability " + cell.getDomAttribute("data-probability") + ", impact "
                            + cell.getDomAttribute("data-impact") + ", (Low|Medium|High|Critical)\\. Open entries: " + count);
            if (count > 0) {
                counts.put(cell.getDomAttribute("data-probability") + ":" + cell.getDomAttribute("data-impact"),
                        count);
            }
        }
        return counts;
    }

    private static List<String> pickerKeys() {
        return new Select(browser.findElement(By.id("pmo-raid-project"))).getOptions().stream()
                .map(option -> option.getDomAttribute("value")).filter(value -> value != null && !value.isEmpty())
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        session.screenshot(name);
    }
}
