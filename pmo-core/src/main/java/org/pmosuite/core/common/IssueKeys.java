package org.pmosuite.core.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** Jira issue keys as users type them: a project key, a hyphen and the issue's number, such as {@code PAY-12}. */
public final class IssueKeys {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]+-\\d+");

    private IssueKeys() {
    }

    /** The key stripped and in upper case, as Jira stores it; empty for null. */
    public static String normalised(String key) {
        return key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether an already {@link #normalised(String) normalised} key has an issue key's form. */
    public static boolean isWellFormed(String normalisedKey) {
        return FORM.matcher(normalisedKey).matches();
    }
}
