package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.junit.jupiter.api.Test;

/** The compile-only stand-ins for Jira's API never reach the jar: Jira's real classes must be the ones used. */
class NoStubsBundledIT extends PackagedJarTest {

    @Test
    void noStubClassIsInTheJar() throws Exception {
        List<String> stubClasses = stubEntries();
        assertThat(stubClasses).as("stub classes found to compare against").hasSizeGreaterThan(10);
        assertThat(jar.entryNames()).doesNotContainAnyElementsOf(stubClasses);
    }

    @Test
    void nothingButTheAppsOwnClassesIsBundled() {
        assertThat(jar.entryNames()).filteredOn(e -> e.endsWith(".class"))
                .allMatch(e -> e.startsWith("org/pmosuite/jira/") || e.startsWith("org/pmosuite/core/"));
        assertThat(jar.entryNames()).noneMatch(e -> e.startsWith("META-INF/services/"))
                .noneMatch(e -> e.endsWith(".jar"));
    }

    @Test
    void theJiraFreeCoreIsBundled() {
        assertThat(jar.entryNames()).contains("org/pmosuite/core/raid/RaidHeatMap.class");
    }

    private static List<String> stubEntries() throws Exception {
        Path location = Path.of(ComponentImport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> location.relativize(f).toString().replace('\\', '/')).toList();
            }
        }
        try (JarFile stubs = new JarFile(location.toFile())) {
            return Collections.list(stubs.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".class")).toList();
        }
    }
}
