package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The heat map page in Debian's Chromium, as the PMO lead and as a project manager who sees only some projects.
 * Required in CI ({@code CI=true}); skipped with a message elsewhere when Chromium is not installed.
 */
class HeatMapBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PAGE = "plugins/servlet/pmo/raid/heatmap";
    private static final String LOADED = "#pmo-raid-heatmap[data-loaded='true']";

    @TempDir
    static Path temp;
    static SandboxFixture fixture;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(installed).as("browser tests are required in CI: install chromium and chromium-driver")
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "Skipping browser tests: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install -y chromium chromium-driver)");

        fixture = SandboxFixture.start(temp.resolve("data"));
        Map<String, String> environment = new HashMap<>();
        environment.put("XDG_CACHE_HOME", Files.createDirectories(temp.resolve("xdg-cache")).toString());
        environment.put("XDG_CONFIG_HOME", Files.createDirectories(temp.resolve("xdg-config")).toString());
        environment.put("SE_OFFLINE", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(environment)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // A form post reloads the page under a condition being checked; look again rather than fail.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

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
        browser.get(fixture.uri("").toString());
        new Select(browser.findElement(By.id("sandbox-user-select"))).selectByValue(userKey);
        browser.findElement(By.id("sandbox-switch-user")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#sandbox-user-select option:checked"), "value",
                userKey));
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
        Path folder = Path.of(System.getProperty("pmo.sandbox.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
