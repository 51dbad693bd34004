package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OSGi manifest Jira's plugin system reads before anything else. */
class ManifestIT extends PackagedJarTest {

    private static Attributes main;

    @BeforeAll
    static void readJar() throws Exception {
        main = jar.manifest().getMainAttributes();
    }

    @Test
    void identifiesThePluginByItsKey() {
        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo(jar.pluginKey());
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo(jar.pluginKey());
        assertThat(main.getValue("Bundle-ManifestVersion")).isEqualTo("2");
    }

    @Test
    void letsTheSpringScannerBuildTheContext() {
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
    }

    @Test
    void bundleVersionIsTheProjectVersionInOsgiForm() {
        String version = System.getProperty("pmo.project.version");
        assertThat(main.getValue("Bundle-Version")).isEqualTo(version.replace('-', '.'));
    }

    @Test
    void importsAreComputedAndNeverJavaOrOurOwn() {
        Map<String, Map<String, String>> imports = OsgiHeader.parse(main.getValue("Import-Package"));

        assertThat(imports).isNotEmpty();
        assertThat(imports.keySet()).noneMatch(p -> p.startsWith("java."))
                .noneMatch(p -> p.startsWith("org.pmosuite"))
                .allMatch(p -> List.of("com.atlassian.", "jakarta.", "org.springframework.", "com.fasterxml.jackson.",
                                "net.java.ao")
                        .stream().anyMatch(p::startsWith), "only host-provided packages");
        assertThat(imports).containsKeys("com.atlassian.jira.bc.issue.search", "jakarta.ws.rs",
                "jakarta.servlet.http", "com.atlassian.templaterenderer");
    }

    @Test
    void annotationOnlyPackagesAreOptionalAndRuntimeApisAreNot() {
        Map<String, Map<String, String>> imports = OsgiHeader.parse(main.getValue("Import-Package"));

        assertThat(imports.get("com.atlassian.plugin.spring.scanner.annotation.imports"))
                .containsEntry("resolution:", "optional");
        assertThat(imports.get("com.atlassian.jira.bc.issue.search")).doesNotContainKey("resolution:");
        assertThat(imports.get("jakarta.ws.rs")).doesNotContainKey("resolution:");
        assertThat(imports.get("com.atlassian.cache")).as("Atlassian Cache, for the board's snapshots").isNotNull()
                .doesNotContainKey("resolution:");
    }

    @Test
    void jakartaRestAcceptsAny3xHost() {
        Map<String, Map<String, String>> imports = OsgiHeader.parse(main.getValue("Import-Package"));

        imports.entrySet().stream().filter(e -> e.getKey().startsWith("jakarta.ws.rs")).forEach(e ->
                assertThat(e.getValue()).as(e.getKey()).containsEntry("version", "[3.0,4)"));
        assertThat(imports).containsKeys("jakarta.ws.rs.core", "jakarta.ws.rs.ext");
    }

    /**
     * Jira's Active Objects plugin exports net.java.ao at the version it bundles, which for Jira 11.3 is unverified;
     * the compile-time library (6.1) must not become a lower bound the host might not meet.
     */
    @Test
    void activeObjectsIsImportedAtAnyVersionTheHostExports() {
        Map<String, Map<String, String>> imports = OsgiHeader.parse(main.getValue("Import-Package"));

        assertThat(imports).containsKeys("net.java.ao", "net.java.ao.schema", "com.atlassian.activeobjects.external");
        imports.entrySet().stream().filter(e -> e.getKey().startsWith("net.java.ao")).forEach(e ->
                assertThat(e.getValue()).as(e.getKey()).containsEntry("version", "0")
                        .doesNotContainKey("resolution:"));
    }

    @Test
    void exportsNothingAndCarriesNoBuildNoise() {
        assertThat(main.getValue("Export-Package")).isNull();
        assertThat(main.getValue("Private-Package")).isNull();
        assertThat(main.getValue("Include-Resource")).isNull();
        assertThat(main.getValue("Bnd-LastModified")).isNull();
    }
}
