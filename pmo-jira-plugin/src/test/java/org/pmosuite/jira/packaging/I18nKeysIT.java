package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every i18n key the descriptor, the templates or the code refer to has a text. */
class I18nKeysIT extends PackagedJarTest {

    /**
     * A whole key, its parts possibly hyphenated ("pmo.portfolio.input.job-size"); prefixes that code completes at
     * run time ("pmo.raid.band.") are checked through the enums.
     */
    private static final Pattern KEY = Pattern.compile("pmo(?:\\.[a-z0-9]++(?:-[a-z0-9]++)*+)++(?![.a-z0-9-])");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("getText\\(\\s*\"([^\"]+)\"");
    private static final Pattern SCRIPT_KEY = Pattern.compile("I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1");

    private static Properties texts;

    @BeforeAll
    static void readJar() throws IOException {
        texts = new Properties();
        texts.load(new ByteArrayInputStream(jar.bytes("i18n/pmo.properties")));
    }

    /** Jira reads .properties as ISO-8859-1: any other character must be a \\u escape, or it turns into mojibake. */
    @Test
    void theBundleIsPlainAsciiWithEscapes() {
        byte[] bundle = jar.bytes("i18n/pmo.properties");
        for (int i = 0; i < bundle.length; i++) {
            assertThat(bundle[i] & 0xff).as("byte %d of i18n/pmo.properties", i).isLessThan(0x80);
        }
    }

    @Test
    void descriptorKeysExist() {
        Set<String> keys = new TreeSet<>();
        NodeList all = jar.descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!element.getAttribute("i18n-name-key").isEmpty()) {
                keys.add(element.getAttribute("i18n-name-key"));
            }
            if (!element.getAttribute("i18n-description-key").isEmpty()) {
                keys.add(element.getAttribute("i18n-description-key"));
            }
            if ((element.getTagName().equals("label") || element.getTagName().equals("description"))
                    && !element.getAttribute("key").isEmpty()) {
                keys.add(element.getAttribute("key"));
            }
        }
        assertThat(keys).isNotEmpty();
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void templateKeysExist() {
        Set<String> keys = new TreeSet<>();
        jar.entryNames().stream().filter(e -> e.endsWith(".vm")).forEach(template -> {
            Matcher matcher = TEMPLATE_KEY.matcher(jar.text(template).orElseThrow());
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        });
        assertThat(keys).isNotEmpty();
        assertThat(missing(keys)).isEmpty();
    }

    /** Keys the JavaScript takes through the jsI18n transformer; a missing one would show as the key itself. */
    @Test
    void javaScriptKeysExist() {
        Set<String> keys = new TreeSet<>();
        jar.entryNames().stream().filter(e -> e.endsWith(".js")).forEach(script -> {
            Matcher matcher = SCRIPT_KEY.matcher(jar.text(script).orElseThrow());
            while (matcher.find()) {
                keys.add(matcher.group(2));
            }
        });
        assertThat(keys).contains("pmo.raid.heatmap.cell.label", "pmo.common.error.title");
        assertThat(missing(keys)).isEmpty();
    }

    /** Keys written as string constants in the app's classes, core included. */
    @Test
    void keysInTheCodeExist() {
        Set<String> keys = new TreeSet<>();
        jar.entryNames().stream().filter(e -> e.endsWith(".class")).forEach(type -> {
            Matcher matcher = KEY.matcher(new String(jar.bytes(type), StandardCharsets.ISO_8859_1));
            while (matcher.find()) {
                keys.add(matcher.group());
            }
        });
        assertThat(keys).contains("pmo.raid.error.type.unknown", "pmo.common.error.project.notvisible",
                "pmo.portfolio.input.error.zero-divisor");
        assertThat(missing(keys)).isEmpty();
    }

    /** Keys the domain builds from enum names, e.g. pmo.raid.band.critical: every enum with a messageKey(). */
    @Test
    void keysBuiltFromEnumsExist() throws Exception {
        Set<String> enums = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        for (String name : jar.classNames()) {
            Class<?> type = jar.loadClass(name);
            Method messageKey = type.isEnum() ? messageKey(type) : null;
            if (messageKey != null) {
                enums.add(name);
                messageKey.setAccessible(true);
                for (Object constant : type.getEnumConstants()) {
                    keys.add((String) messageKey.invoke(constant));
                }
            }
        }
        assertThat(enums).as("enums with a messageKey()")
                .contains("org.pmosuite.core.raid.RaidType", "org.pmosuite.core.raid.ExposureBand",
                        "org.pmosuite.core.portfolio.scoring.ScoringInput");
        assertThat(missing(keys)).isEmpty();
    }

    /** The enum's public, no-argument {@code String messageKey()}, declared or inherited, or null. */
    private static Method messageKey(Class<?> type) {
        try {
            Method method = type.getMethod("messageKey");
            return method.getReturnType() == String.class && !Modifier.isStatic(method.getModifiers()) ? method
                    : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Set<String> missing(Set<String> keys) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeIf(texts::containsKey);
        return missing;
    }
}
