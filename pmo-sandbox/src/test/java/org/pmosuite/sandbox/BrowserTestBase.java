package org.pmosuite.sandbox;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test class: one sandbox and one Chromium for all its tests, started before the first and closed after
 * the last ({@link BrowserFixture}: skipped outside CI when Chromium is missing). A subclass's own
 * {@code @BeforeAll} runs after this one's.
 */
abstract class BrowserTestBase {

    @TempDir
    static Path temp;
    static BrowserFixture session;
    static SandboxFixture fixture;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        session = BrowserFixture.start(temp);
        fixture = session.sandbox();
        browser = session.browser();
        wait = session.waiting();
    }

    @AfterAll
    static void closeBrowser() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
