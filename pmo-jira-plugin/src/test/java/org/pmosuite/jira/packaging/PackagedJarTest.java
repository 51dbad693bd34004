package org.pmosuite.jira.packaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Opens the packaged plugin jar once per test class; subclasses read it through {@link #jar}. */
abstract class PackagedJarTest {

    static PluginJar jar;

    @BeforeAll
    static void openJar() throws Exception {
        jar = PluginJar.open();
    }

    @AfterAll
    static void closeJar() {
        jar.close();
    }
}
