package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The "RAID exposure" dashboard item on the sandbox's dashboard, in Chromium: configured by one user, kept for that
 * user only, drawing what the heat map REST answers for its scope, and linking its numbers to the RAID log.
 */
class RaidExposureItemBrowserTest extends BrowserTestBase {

    private static final String DASHBOARD = "secure/Dashboard.jspa";
    private static final String ITEM = "#gadget-raid-exposure-item";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aConfiguredItemDrawsItsScopeKeepsItsSettingsPerUserAndLinksToTheHeatMap() throws Exception {
        String project = session.sandbox().strings(
                "SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", PortfolioGenerator.PROJECT_MANAGER)
                .get(0);
        session.switchTo(PortfolioGenerator.PMO_LEAD);
        browser.findElement(By.id("home_link")).click();
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(ITEM + " form.pmo-kpi-config[data-loaded='true']")));
        session.screenshot("dashboard-item-configure");

        new Select(browser.findElement(By.id("pmo-raid-exposure-raid-exposure-item-project"))).selectByValue(project);
        browser.findElement(By.cssSelector("label[for='pmo-raid-exposure-raid-exposure-item-type-RISK']")).click();
        browser.findElement(By.cssSelector(ITEM + " form.pmo-kpi-config button[type='submit']")).click();
        waitForItem();

        JsonNode expected = JSON.readTree(session.sandbox().get("rest/pmo/1.0/raid/heatmap?project=" + project
                + "&type=RISK", PortfolioGenerator.PMO_LEAD).body());
        assertThat(drawnCells()).isEqualTo(cells(expected));
        assertThat(browser.findElement(By.cssSelector(ITEM + " .pmo-heatmap-total-value")).getText())
                .isEqualTo(expected.get("total").asText());
        assertThat(browser.findElement(By.cssSelector(ITEM + " .pmo-kpi-types")).getText()).contains("Risk");
        long needingAttention = JSON.readTree(session.sandbox().get("rest/pmo/1.0/raid/log?needsAttention=true&project="
                + project + "&type=RISK", PortfolioGenerator.PMO_LEAD).body()).get("total").asLong();
        session.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(ITEM + " .pmo-kpi-attention"),
                "data-count", String.valueOf(needingAttention)));
        assertThat(browser.findElement(By.cssSelector(ITEM + " .pmo-kpi-attention-count")).getDomAttribute("href"))
                .contains("/plugins/servlet/pmo/raid/log?needsAttention=true&project=" + project + "&type=RISK");
        session.screenshot("dashboard-item-risks");

        session.open(DASHBOARD);
        waitForItem();
        assertThat(drawnCells()).as("the settings were kept").isEqualTo(cells(expected));

        WebElement number = browser.findElements(By.cssSelector(ITEM + " a.pmo-heatmap-cell-link")).get(0);
        String cell = number.findElement(By.xpath("..")).getDomAttribute("data-probability") + "x"
                + number.findElement(By.xpath("..")).getDomAttribute("data-impact");
        number.click();
        session.waiting().until(ExpectedConditions.urlContains("plugins/servlet/pmo/raid/log"));
        assertThat(browser.getCurrentUrl()).contains("cell=" + cell).contains("project=" + project)
                .contains("type=RISK");

        session.switchTo(PortfolioGenerator.PROJECT_MANAGER);
        session.open(DASHBOARD);
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(ITEM + " form.pmo-kpi-config[data-loaded='true']")));
        List<String> offered = new Select(browser.findElement(By.id("pmo-raid-exposure-raid-exposure-item-project")))
                .getOptions().stream().map(option -> option.getDomAttribute("value")).filter(v -> !v.isEmpty())
                .toList();
        assertThat(offered).as("another user starts unconfigured, offered only what they may browse")
                .isEqualTo(session.sandbox().browsableKeys(PortfolioGenerator.PROJECT_MANAGER));
    }

    private static void waitForItem() {
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(ITEM + " .pmo-raid-exposure-item[data-loaded='true']")));
    }

    private static Map<String, Long> drawnCells() {
        Map<String, Long> cells = new HashMap<>();
        for (WebElement cell : browser.findElements(By.cssSelector(ITEM + " td[data-probability]"))) {
            long count = Long.parseLong(cell.getDomAttribute("data-count"));
            if (count > 0) {
                cells.put(cell.getDomAttribute("data-probability") + "x" + cell.getDomAttribute("data-impact"), count);
            }
        }
        return cells;
    }

    private static Map<String, Long> cells(JsonNode heatMap) {
        Map<String, Long> cells = new HashMap<>();
        heatMap.get("rows").forEach(row -> row.forEach(cell -> {
            if (cell.get("count").asLong() > 0) {
                cells.put(cell.get("probability").asInt() + "x" + cell.get("impact").asInt(), cell.get("count").asLong());
            }
        }));
        return cells;
    }
}
