package org.pmosuite.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.sandbox.host.LoginFilter;

/**
 * An HTTP test class: one sandbox on the demo portfolio for all its tests, started before the first and closed
 * after the last. A subclass's own {@code @BeforeAll} runs after this one's.
 */
abstract class HttpTestBase {

    @TempDir
    static Path dataRoot;
    static SandboxFixture fixture;

    @BeforeAll
    static void startSandbox() throws Exception {
        fixture = SandboxFixture.start(dataRoot);
    }

    @AfterAll
    static void closeSandbox() {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
    }

    /** The first project, by key, that the user leads. */
    static String firstProjectLedBy(String userKey) throws Exception {
        return fixture.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", userKey).get(0);
    }

    /** Confirms a secure administrator session for the user, as the authenticate page does; its cookie. */
    static String websudo(String user) throws IOException, InterruptedException {
        return fixture.websudoCookie(user);
    }

    /** The Cookie header of a logged-in user, with a websudo cookie when one is given. */
    static String cookies(String user, String websudoCookie) {
        List<String> cookies = new ArrayList<>(List.of(LoginFilter.COOKIE + "=" + user));
        if (websudoCookie != null) {
            cookies.add(websudoCookie);
        }
        return String.join("; ", cookies);
    }
}
