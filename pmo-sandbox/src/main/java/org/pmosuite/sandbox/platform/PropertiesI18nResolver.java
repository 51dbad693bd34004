package org.pmosuite.sandbox.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * The plugin's i18n bundle with Jira's semantics: every text goes through {@link MessageFormat} (so {@code ''}
 * is one quote), and a missing key comes back as the key itself.
 */
public final class PropertiesI18nResolver implements I18nResolver {

    private final Properties texts;
    private final Locale locale;

    private PropertiesI18nResolver(Properties texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /**
     * @param location the descriptor's i18n location, e.g. {@code i18n/pmo} for {@code i18n/pmo.properties}
     */
    public static PropertiesI18nResolver load(ClassLoader classLoader, String location) {
        String resource = location + ".properties";
        Properties texts = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("i18n bundle " + resource + " is not on the classpath");
            }
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return new PropertiesI18nResolver(texts, Locale.ENGLISH);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    /**
     * The text as the bundle holds it, without {@link MessageFormat} (SAL's {@code getRawText}); a missing key comes
     * back as the key itself.
     */
    public String getRawText(String key) {
        return texts.getProperty(key, key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments == null ? new Object[0] : arguments);
    }
}
