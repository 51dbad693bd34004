package org.pmosuite.sandbox.security;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A harness test class over HTTP: one demo sandbox of its own for all its tests. */
abstract class SecurityHttpTestBase {

    @TempDir
    static Path dataRoot;
    static SecurityFixture fixture;

    @BeforeAll
    static void startSandbox() throws Exception {
        fixture = SecurityFixture.start(dataRoot);
    }

    @AfterAll
    static void closeSandbox() {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
    }
}
