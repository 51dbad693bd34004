package org.pmosuite.jira.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import com.atlassian.sal.api.message.I18nResolver;

/** The app's own i18n bundle with SAL's semantics (every text through MessageFormat, a missing key as itself). */
public final class BundleI18nResolver implements I18nResolver {

    private final Properties texts = new Properties();

    public BundleI18nResolver() {
        try (InputStream in = BundleI18nResolver.class.getClassLoader().getResourceAsStream("i18n/pmo.properties")) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = texts.getProperty(key);
        return pattern == null ? key : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }
}
