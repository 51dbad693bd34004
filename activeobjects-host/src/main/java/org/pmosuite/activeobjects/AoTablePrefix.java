package org.pmosuite.activeobjects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import net.java.ao.atlassian.TablePrefix;

/**
 * The prefix Jira's Active Objects plugin gives an app's tables: {@code AO_} and the last six hexadecimal digits of
 * the MD5 of the ao module's namespace (the plugin key when the module names none), in upper case, then {@code _}.
 * For example {@code AO_3A1F2B_RISK_MATRIX}. It takes 10 of the 30 characters a table name may have.
 */
public final class AoTablePrefix implements TablePrefix {

    /** The characters the prefix takes from every table name. */
    public static final int LENGTH = 10;

    private final String prefix;

    private AoTablePrefix(String prefix) {
        this.prefix = prefix;
    }

    public static AoTablePrefix forNamespace(String namespace) {
        if (namespace == null || namespace.isBlank()) {
            throw new IllegalArgumentException("an ao module needs a namespace or a plugin key");
        }
        String md5 = HexFormat.of().formatHex(md5(namespace));
        return new AoTablePrefix("AO_" + md5.substring(md5.length() - 6).toUpperCase(Locale.ROOT) + "_");
    }

    /** {@code AO_xxxxxx_}, with its trailing underscore. */
    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }

    /** Whether a table (as the database names it, in any case) belongs to this namespace. */
    public boolean owns(String tableName) {
        return tableName.toUpperCase(Locale.ROOT).startsWith(prefix);
    }

    private static byte[] md5(String namespace) {
        try {
            return MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    @Override
    public String toString() {
        return prefix;
    }
}
