package org.pmosuite.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The scripts' translations are resolved when a script is served, from {@code AJS.I18n.getText('key', ...)} calls
 * whose first argument is a string literal; any other first argument reaches the user as the raw key. So every call
 * names its key as a literal, and every key so named is in the bundle.
 */
class ScriptI18nTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/js");
    private static final Path BUNDLE = Path.of("src/main/resources/i18n/pmo.properties");
    private static final Pattern CALL = Pattern.compile("I18n\\.getText\\(\\s*(['\"])?([^'\",)\\s]*)");

    @Test
    void everyScriptTranslationNamesAKeyOfTheBundleAsALiteral() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.ISO_8859_1)) {
            bundle.load(reader);
        }
        List<String> notLiteral = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            for (Path script : files.filter(file -> file.toString().endsWith(".js")).sorted().toList()) {
                String text = Files.readString(script);
                Matcher call = CALL.matcher(text);
                while (call.find()) {
                    calls++;
                    String where = SCRIPTS.relativize(script) + ":" + line(text, call.start());
                    if (call.group(1) == null) {
                        notLiteral.add(where);
                    } else if (!bundle.containsKey(call.group(2))) {
                        unknown.add(where + " " + call.group(2));
                    }
                }
            }
        }
        assertThat(calls).as("translations found in the scripts").isGreaterThan(100);
        assertThat(notLiteral).as("getText calls whose key is not a string literal").isEmpty();
        assertThat(unknown).as("keys missing from " + BUNDLE).isEmpty();
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
