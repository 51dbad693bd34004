package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identifiers that live in customers' Jira data never change: the jar must still carry every one listed in
 * {@code src/test/resources/persistent-identifiers.txt}, and every one it carries must be listed there.
 */
class PersistentIdentifiersIT extends PackagedJarTest {

    static final String LIST = "persistent-identifiers.txt";
    static final String LIST_PATH = "pmo-jira-plugin/src/test/resources/" + LIST;

    private static List<String> listed;
    private static SortedSet<String> derived;

    @BeforeAll
    static void readListAndJar() throws IOException {
        listed = readList();
        derived = PersistentIdentifiers.of(jar.descriptor(), jar.classNames(), jar::loadClass);
    }

    @Test
    void noListedIdentifierChangedOrDisappeared() {
        List<String> gone = listed.stream().filter(id -> !derived.contains(id)).toList();
        assertThat(gone).as("""
                identifiers in %s that the jar no longer has. They live in customers' Jira data (stored \
                configuration, workflow XML, AO tables, bookmarks, REST clients) and must never change or \
                disappear. Restore them; a rename needs a migration and keeps the old identifier working. \
                Identifiers the jar has instead: %s""".formatted(LIST_PATH, unlisted()))
                .isEmpty();
    }

    @Test
    void everyIdentifierTheJarHasIsListed() {
        assertThat(unlisted()).as("""
                new persistent identifiers, not yet in %s. Add each line to that file (keep it sorted). \
                An added identifier is a promise forever: once released, it is never renamed or removed""".formatted(
                LIST_PATH)).isEmpty();
    }

    @Test
    void theListIsSortedWithoutDuplicates() {
        assertThat(listed).as("identifiers in " + LIST_PATH).isSorted().doesNotHaveDuplicates();
    }

    /** The derivation finds what the descriptor is known to hold, so an empty derivation cannot pass. */
    @Test
    void derivesEveryKindTheAppHasToday() {
        assertThat(derived).contains("plugin-key org.pmosuite.pmo-jira-plugin", "module-key raid-heatmap-servlet",
                "module-key velocity-allowlist", "url-pattern /pmo/raid/heatmap", "rest-base /rest/pmo/1.0",
                "rest GET /rest/pmo/1.0/raid/heatmap");
    }

    private static List<String> unlisted() {
        SortedSet<String> unlisted = new TreeSet<>(derived);
        listed.forEach(unlisted::remove);
        return List.copyOf(unlisted);
    }

    private static List<String> readList() throws IOException {
        List<String> ids = new ArrayList<>();
        try (InputStream in = PersistentIdentifiersIT.class.getResourceAsStream("/" + LIST)) {
            assertThat(in).as(LIST + " on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id.replaceAll("\\s+", " "));
                }
            }
        }
        return ids;
    }
}
