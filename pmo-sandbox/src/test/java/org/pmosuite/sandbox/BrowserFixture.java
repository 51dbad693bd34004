package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pmosuite.sandbox.host.LoginFilter;

/**
 * Debian's Chromium, headless, driving a running sandbox. Required in CI ({@code CI=true}); elsewhere a missing
 * Chromium skips the test with a message.
 */
public final class BrowserFixture implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final SandboxFixture sandbox;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    private BrowserFixture(SandboxFixture sandbox, ChromeDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // A form post reloads the page under a condition being checked; look again rather than fail.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Skips the calling test class (outside CI) when Chromium is not installed; then starts a sandbox and a browser. */
    public static BrowserFixture start(Path temp) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(installed).as("browser tests are required in CI: install chromium and chromium-driver")
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "Skipping browser tests: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install -y chromium chromium-driver)");
        SandboxFixture sandbox = SandboxFixture.start(temp.resolve("data"));
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
        return new BrowserFixture(sandbox, new ChromeDriver(service, options));
    }

    public SandboxFixture sandbox() {
        return sandbox;
    }

    public WebDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void open(String path) {
        browser.get(sandbox.uri(path).toString());
    }

    /** Logs in as a demo user with the sandbox's user switcher, unless that user is logged in already. */
    public void switchTo(String userKey) {
        open("");
        Select users = new Select(browser.findElement(By.id("sandbox-user-select")));
        if (userKey.equals(users.getFirstSelectedOption().getDomAttribute("value"))) {
            // Already that user: a switch would redirect to this page while the test moves on, and may win.
            return;
        }
        users.selectByValue(userKey);
        browser.findElement(By.id("sandbox-switch-user")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#sandbox-user-select option:checked"), "value",
                userKey));
    }

    /** Runs the script first in every document the browser opens from now on, in every frame, before the page's. */
    public void beforeEveryDocument(String script) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /**
     * Logs in as a demo user without a page load: replaces the browser's cookies with the sandbox's login cookie and
     * the given others ({@code name=value}, such as a secure administrator session's).
     */
    public void logInByCookie(String userKey, List<String> cookies) {
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        List<String> all = new ArrayList<>(cookies);
        all.add(0, LoginFilter.COOKIE + "=" + userKey);
        String path = sandbox.uri("").getPath();
        String cookiePath = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        for (String cookie : all) {
            int equals = cookie.indexOf('=');
            browser.executeCdpCommand("Network.setCookie", Map.of("name", cookie.substring(0, equals),
                    "value", cookie.substring(equals + 1), "url", sandbox.uri("").toString(), "path", cookiePath));
        }
    }

    /** Keeps a screenshot under target/screenshots. */
    public void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("pmo.sandbox.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            sandbox.close();
        }
    }
}
