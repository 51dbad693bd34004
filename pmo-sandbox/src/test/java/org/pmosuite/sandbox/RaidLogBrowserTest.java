package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The RAID register and a project's RAID log in Debian's Chromium: totals equal an independent count per user,
 * sorting, the needs-attention filter, a heat map cell as a filter, paging, and hostile response plans shown as
 * text. Required in CI ({@code CI=true}); skipped with a message elsewhere when Chromium is not installed.
 */
class RaidLogBrowserTest extends BrowserTestBase {

    private static final String PAGE = "plugins/servlet/pmo/raid/log";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String VIEWER = PortfolioGenerator.VIEWER;
    private static final String LOADED = "#pmo-raid-log-table[data-loaded='true']";
    private static final Pattern RANGE = Pattern.compile("(\\d+)\u2013(\\d+) of (\\d+)");


    @Test
    void theLeadsRegisterCountsWhatTheLeadMaySeeSortsByReviewDateAndPages() throws Exception {
        session.switchTo(LEAD);
        openLog("");
        long total = total();
        assertThat(total).isEqualTo(fixture.expectedTotal(LEAD)).isGreaterThan(50);
        assertThat(range()).isEqualTo("1\u201350 of " + total);
        assertThat(rows()).hasSize(50);
        assertThat(browser.findElement(By.id("pmo-raid-log-title")).getText()).isEqualTo("RAID register");
        session.screenshot("raid-register-lead");

        clickAndWait(By.cssSelector("button.pmo-raid-log-sort[data-sort='reviewDate']"));
        WebElement header = browser.findElement(By.xpath("//th[button[@data-sort='reviewDate']]"));
        if (!"ascending".equals(header.getDomAttribute("aria-sort"))) {
            clickAndWait(By.cssSelector("button.pmo-raid-log-sort[data-sort='reviewDate']"));
            header = browser.findElement(By.xpath("//th[button[@data-sort='reviewDate']]"));
        }
        assertThat(header.getDomAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.findElements(By.cssSelector("th[aria-sort]"))).as("one sorted column").hasSize(1);
        assertThat(browser.getCurrentUrl()).contains("sort=reviewDate");
        List<String> dates = rows().stream().map(row -> row.getDomAttribute("data-review-date"))
                .filter(date -> date != null && !date.isEmpty()).toList();
        assertThat(dates).isNotEmpty().isSorted();
        List<String> firstPage = keys();
        session.screenshot("raid-register-by-review-date");

        clickAndWait(By.id("pmo-raid-log-next"));
        assertThat(range()).isEqualTo("51\u2013" + Math.min(100, total) + " of " + total);
        assertThat(browser.getCurrentUrl()).contains("startAt=50").contains("sort=reviewDate");
        assertThat(keys()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
        List<String> secondDates = rows().stream().map(row -> row.getDomAttribute("data-review-date"))
                .filter(date -> date != null && !date.isEmpty()).toList();
        if (!secondDates.isEmpty()) {
            assertThat(secondDates.get(0)).isGreaterThanOrEqualTo(dates.get(dates.size() - 1));
        }
        assertThat(browser.findElement(By.id("pmo-raid-log-previous")).isEnabled()).isTrue();
        session.screenshot("raid-register-page-2");

        browser.navigate().back();
        wait.until(ExpectedConditions.textToBe(By.id("pmo-raid-log-range"), "1\u201350 of " + total));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        assertThat(keys()).as("back in history is the first page again").isEqualTo(firstPage);
    }

    @Test
    void needsAttentionLeavesOnlyRowsWithABadgeGivingTheReason() throws Exception {
        session.switchTo(LEAD);
        openLog("");
        long all = total();

        browser.findElement(By.cssSelector("label[for='pmo-raid-log-attention']")).click();
        clickAndWait(By.id("pmo-raid-log-apply"));

        assertThat(browser.getCurrentUrl()).contains("needsAttention=true");
        assertThat(total()).isPositive().isLessThan(all);
        List<WebElement> rows = rows();
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            List<WebElement> badges = row.findElements(By.cssSelector("td.pmo-raid-log-attention .aui-lozenge"));
            assertThat(badges).as(row.getDomAttribute("data-key")).isNotEmpty();
            assertThat(badges).allSatisfy(badge -> assertThat(badge.getDomAttribute("title")).isNotBlank());
        }
        assertThat(rows.get(0).findElement(By.cssSelector(".pmo-raid-log-badge")).getDomAttribute("title"))
                .matches("(Review was due|Assumption was to be validated|Needed by|Score ).*");

        String export = browser.findElement(By.id("pmo-raid-log-export")).getDomAttribute("href");
        assertThat(export).contains("/rest/pmo/1.0/raid/log/csv?").contains("needsAttention=true")
                .doesNotContain("startAt").doesNotContain("maxResults");
        String csv = fixture.get(export.substring(export.indexOf("rest/")), LEAD).body();
        assertThat(csv.split("\r\n(?=\")").length).as("a heading and exactly the filtered entries")
                .isEqualTo((int) total() + 1);

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
        assertThat(browser.findElement(By.id("pmo-raid-log-attention")).isSelected())
                .as("the filter comes back from the URL").isTrue();
        session.screenshot("raid-register-needs-attention");
    }

    @Test
    void aHeatMapCellFiltersTheLogToItsProbabilityAndImpact() throws Exception {
        session.switchTo(LEAD);
        openLog("");
        long all = total();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#pmo-raid-log-heatmap[data-loaded='true'] a.pmo-heatmap-cell-link")));
        WebElement cell = browser.findElements(By.cssSelector("td.pmo-heatmap-cell")).stream()
                .filter(td -> !td.findElements(By.cssSelector("a.pmo-heatmap-cell-link")).isEmpty())
                .findFirst().orElseThrow();
        String probability = cell.getDomAttribute("data-probability");
        String impact = cell.getDomAttribute("data-impact");
        long count = Long.parseLong(cell.getDomAttribute("data-count"));

        clickAndWait(By.cssSelector("td.pmo-heatmap-cell[data-probability='" + probability + "'][data-impact='"
                + impact + "'] a.pmo-heatmap-cell-link"));

        assertThat(browser.getCurrentUrl()).contains("cell=" + probability + "x" + impact);
        assertThat(total()).isEqualTo(count)
                .isEqualTo(fixture.expectedCells(LEAD).get(probability + ":" + impact));
        assertThat(rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.getDomAttribute("data-probability")).isEqualTo(probability);
            assertThat(row.getDomAttribute("data-impact")).isEqualTo(impact);
        });
        WebElement filter = browser.findElement(By.id("pmo-raid-log-cell-filter"));
        assertThat(filter.isDisplayed()).isTrue();
        assertThat(filter.getText()).contains("probability " + probability + " and impact " + impact);
        assertThat(browser.findElement(By.cssSelector("td.pmo-heatmap-cell-active")).getDomAttribute("data-count"))
                .isEqualTo(Long.toString(count));
        session.screenshot("raid-register-cell");

        clickAndWait(By.id("pmo-raid-log-cell-clear"));
        assertThat(total()).isEqualTo(all);
        assertThat(browser.getCurrentUrl()).doesNotContain("cell=");
        assertThat(browser.findElement(By.id("pmo-raid-log-cell-filter")).isDisplayed()).isFalse();
    }

    @Test
    void theViewerWithoutSecurityGrantsSeesFewerEntries() throws Exception {
        session.switchTo(VIEWER);
        openLog("");
        assertThat(total()).isEqualTo(fixture.expectedTotal(VIEWER)).isLessThan(fixture.expectedTotal(LEAD));
        session.screenshot("raid-register-viewer");
    }

    @Test
    void aProjectsLogListsThatProjectOnlyAndItsKeysLinkToTheIssues() throws Exception {
        session.switchTo(LEAD);
        String project = fixture.browsableKeys(LEAD).get(0);
        openLog("?project=" + project);

        assertThat(total()).isEqualTo(fixture.expectedTotal(LEAD, project));
        assertThat(browser.findElement(By.id("pmo-raid-log-title")).getText()).startsWith("RAID log: ");
        assertThat(keys()).isNotEmpty().allMatch(key -> key.startsWith(project + "-"));
        WebElement link = rows().get(0).findElement(By.cssSelector("td.pmo-raid-log-key a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("/jira/browse/" + link.getText());
        assertThat(rows().get(0).findElements(By.cssSelector(".pmo-raid-log-band.aui-lozenge"))).hasSize(1);
        session.screenshot("raid-log-project");
    }

    /**
     * The issue view's RAID panel of a depended-on issue links to the register filtered by {@code dependsOn}; the
     * filter shows in its control and the register lists exactly the open dependencies on that issue.
     */
    @Test
    void theIssuePanelLeadsToTheDependenciesWaitingForTheIssue() throws Exception {
        session.switchTo(LEAD);
        String target = fixture.strings("""
                SELECT dp.pkey || '-' || d.issue_num FROM issue i JOIN issue d ON d.id = i.depends_on_issue_id
                JOIN project dp ON dp.id = d.project_id
                WHERE i.status_category <> 'done' GROUP BY dp.pkey, d.issue_num
                HAVING COUNT(i.security_level_id) = 0 AND COUNT(d.security_level_id) = 0
                ORDER BY COUNT(*) DESC, dp.pkey, d.issue_num""").get(0);
        long expected = Long.parseLong(fixture.strings("""
                SELECT COUNT(*) FROM issue i JOIN issue d ON d.id = i.depends_on_issue_id
                JOIN project dp ON dp.id = d.project_id
                WHERE dp.pkey || '-' || d.issue_num = ? AND i.status_category <> 'done'""", target).get(0));

        browser.get(fixture.uri("browse/" + target).toString());
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pmo-raid-issue-panel")));
        assertThat(panel.findElements(By.cssSelector("li.pmo-raid-issue-dependent"))).hasSize((int) Math.min(10,
                expected));
        session.screenshot("raid-issue-panel");
        clickAndWait(By.cssSelector("a.pmo-raid-issue-dependents-link"));

        assertThat(total()).isEqualTo(expected);
        assertThat(browser.findElement(By.id("pmo-raid-log-dependson")).getDomProperty("value")).isEqualTo(target);
        String state = fixture.strings("SELECT CASE WHEN d.status_category = 'done' THEN 'resolved' ELSE 'open' END "
                + "FROM issue d JOIN project dp ON dp.id = d.project_id WHERE dp.pkey || '-' || d.issue_num = ?",
                target).get(0);
        assertThat(rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.findElement(By.cssSelector("td.pmo-raid-log-dependson a")).getText()).isEqualTo(target);
            assertThat(row.findElement(By.cssSelector("td.pmo-raid-log-dependson .pmo-raid-log-dependson-state"))
                    .getDomAttribute("data-state")).isEqualTo(state);
        });
        session.screenshot("raid-register-depends-on");
    }

    @Test
    void theRegisterGroupsByOwnerWithEachGroupsCountsAndALinkToIt() throws Exception {
        session.switchTo(LEAD);
        openLog("");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("pmo-raid-log-group")))
                .selectByValue("owner");
        clickAndWait(By.id("pmo-raid-log-apply"));

        assertThat(browser.getCurrentUrl()).contains("group=owner");
        List<WebElement> headers = browser.findElements(By.cssSelector("#pmo-raid-log-entries tr.pmo-raid-log-group"));
        assertThat(headers).isNotEmpty();
        String owner = headers.get(0).getDomAttribute("data-group-key");
        long inGroup = Long.parseLong(headers.get(0).findElement(By.cssSelector(".pmo-raid-log-group-counts"))
                .getDomAttribute("data-total"));
        assertThat(inGroup).isEqualTo(Long.parseLong(fixture.strings("""
                SELECT COUNT(*) FROM issue i JOIN project p ON p.id = i.project_id
                WHERE i.raid_type IS NOT NULL AND i.status_category <> 'done' AND i.owner_user_key = ?
                  AND (i.security_level_id IS NULL OR i.security_level_id IN
                       (SELECT level_id FROM issue_security_grant WHERE user_key = ?))""", owner, LEAD).get(0)));
        List<WebElement> firstRows = browser.findElements(By.xpath("//tr[contains(@class,'pmo-raid-log-group')][1]"
                + "/following-sibling::tr[contains(@class,'pmo-raid-log-entry')][count(preceding-sibling::tr"
                + "[contains(@class,'pmo-raid-log-group')]) = 1]"));
        assertThat(firstRows).isNotEmpty().allSatisfy(row -> assertThat(row.findElement(By.cssSelector(
                "td.pmo-raid-log-owner")).getDomAttribute("title")).isEqualTo(owner));
        session.screenshot("raid-register-by-owner");

        clickAndWait(By.cssSelector("tr.pmo-raid-log-group a.pmo-raid-log-group-only"));
        assertThat(total()).isEqualTo(inGroup);
        assertThat(browser.findElement(By.id("pmo-raid-log-owner")).getDomProperty("value")).isEqualTo(owner);
    }

    @Test
    void aProjectTheManagerCannotBrowseReadsLikeAMissingOne() throws Exception {
        List<String> managed = fixture.browsableKeys(PortfolioGenerator.PROJECT_MANAGER);
        String hidden = fixture.browsableKeys(LEAD).stream().filter(key -> !managed.contains(key)).findFirst()
                .orElseThrow();
        session.switchTo(PortfolioGenerator.PROJECT_MANAGER);

        browser.get(fixture.uri(PAGE + "?project=" + hidden).toString());

        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pmo-raid-project-missing")));
        assertThat(message.getText()).isEqualTo("No project could be found with key '" + hidden
                + "', or you do not have permission to browse it.");
        assertThat(browser.findElements(By.id("pmo-raid-log-table"))).isEmpty();
        assertThat(fixture.get(PAGE + "?project=" + hidden, PortfolioGenerator.PROJECT_MANAGER).statusCode())
                .isEqualTo(404);
    }

    @Test
    void thePmoMenuLeadsToTheRegister() throws Exception {
        session.switchTo(VIEWER);
        browser.get(fixture.uri("").toString());
        browser.findElement(By.id("pmo-top-menu-link")).click();
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pmo-top-menu-link-content a[href='/jira/" + PAGE + "']")));
        assertThat(item.getText()).isEqualTo("RAID register");
        item.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    @Test
    void aBadParameterIsShownBesideItsControl() throws Exception {
        session.switchTo(LEAD);
        browser.get(fixture.uri(PAGE + "?owner=%20&sort=colour").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pmo-raid-log-table[data-loaded='error']")));
        assertThat(browser.findElement(By.cssSelector("#pmo-raid-log-owner + div.error[data-pmo-error]")).getText())
                .isEqualTo("Name an owner, or leave the owner empty.");
        assertThat(browser.findElement(By.cssSelector("#pmo-raid-log-table + div.error[data-pmo-error]")).getText())
                .startsWith("The log cannot be sorted by 'colour'.");
        session.screenshot("raid-register-bad-parameters");
    }

    @Test
    void hostileResponsePlansAreTextAndNeverRun() throws Exception {
        session.switchTo(LEAD);
        openLog("");
        String key = keys().get(0);
        String payload = "<script>window.__pmoXss = true</script><img src=x onerror=\"window.__pmoXss = true\"> plan";
        int dash = key.lastIndexOf('-');
        fixture.execute("UPDATE issue SET response_plan = ? WHERE issue_num = ?"
                + " AND project_id = (SELECT id FROM project WHERE pkey = ?)", payload,
                Integer.parseInt(key.substring(dash + 1)), key.substring(0, dash));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.__pmoXss = false;");

        clickAndWait(By.id("pmo-raid-log-apply"));

        WebElement plan = browser.findElement(By.cssSelector("tr[data-key='" + key + "'] td.pmo-raid-log-plan"));
        assertThat(plan.getDomAttribute("title")).isEqualTo(payload);
        assertThat(plan.getText()).startsWith("<script>window.__pmoXss = true</script>");
        assertThat(browser.findElements(By.cssSelector("#pmo-raid-log-table script, #pmo-raid-log-table img")))
                .isEmpty();
        Thread.sleep(300);
        assertThat(js.executeScript("return window.__pmoXss;")).isEqualTo(false);
        session.screenshot("raid-register-hostile-plan");
    }

    private static void openLog(String query) {
        browser.get(fixture.uri(PAGE + query).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    /** Clicks what changes the table, and waits for the table to have loaded again. */
    private static void clickAndWait(By what) {
        browser.findElement(what).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(LOADED)));
    }

    private static String range() {
        return browser.findElement(By.id("pmo-raid-log-range")).getText();
    }

    /** The total the page shows, "n–m of total", which must agree with its data-total. */
    private static long total() throws SQLException {
        String range = range();
        WebElement element = browser.findElement(By.id("pmo-raid-log-range"));
        Matcher matcher = RANGE.matcher(range);
        long shown = matcher.matches() ? Long.parseLong(matcher.group(3))
                : Long.parseLong(range.replaceAll("\\D", ""));
        assertThat(element.getDomAttribute("data-total")).isEqualTo(Long.toString(shown));
        return shown;
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#pmo-raid-log-entries tr.pmo-raid-log-entry"));
    }

    private static List<String> keys() {
        return rows().stream().map(row -> row.getDomAttribute("data-key")).toList();
    }
}
