package org.pmosuite.sandbox.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web resource transformer {@code jsI18n}, as Jira applies it to the JavaScript files of a web-resource that
 * declares {@code <transformation extension="js"><transformer key="jsI18n"/></transformation>}.
 *
 * <p>What it does, from Atlassian's "Internationalising your plugin's JavaScript" (developer.atlassian.com, server
 * framework, atlassian-sdk) and the transformer's source in AUI's plugin ({@code com.atlassian.aui.javascript
 * .JsI18nTransformer}) and in the web resource manager ({@code com.atlassian.webresource.plugin.i18n
 * .JsI18nTransformer}):
 * <ul>
 * <li>it matches {@code AJS.I18n.getText(} followed by one single- or double-quoted key of letters, digits,
 * {@code _}, {@code .} and {@code -}, then {@code )} or {@code ,}; a key held in a variable is not matched and is
 * left to the run-time {@code AJS.I18n.getText}, which knows no plugin texts;</li>
 * <li>{@code AJS.I18n.getText('key')} becomes the string literal of the formatted text ({@code getText(key)}, so
 * {@code ''} is already one quote);</li>
 * <li>{@code AJS.I18n.getText('key', a, b)} becomes {@code AJS.format("raw pattern", a, b)}, the raw text
 * ({@code getRawText(key)}), which {@code AJS.format} fills in the browser;</li>
 * <li>a key without a text becomes the key itself, as {@code I18nResolver} answers for it.</li>
 * </ul>
 * The literal is escaped so that it is valid both as JavaScript and as JSON and cannot end a {@code <script>}
 * element: quotes, backslashes, control characters, {@code <}, {@code >}, {@code &} and the line separators
 * U+2028 and U+2029 become escapes.
 */
public final class JsI18nTransformer {

    /** The transformer's key in {@code <transformer key="...">}. */
    public static final String KEY = "jsI18n";

    private static final Pattern CALL = Pattern.compile(
            "AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*([),])");

    private final PropertiesI18nResolver i18n;

    public JsI18nTransformer(PropertiesI18nResolver i18n) {
        this.i18n = i18n;
    }

    public String transform(String javaScript) {
        Matcher call = CALL.matcher(javaScript);
        StringBuilder out = new StringBuilder(javaScript.length());
        while (call.find()) {
            String key = call.group(2);
            String replacement = ",".equals(call.group(3))
                    ? "AJS.format(" + literal(i18n.getRawText(key)) + ","
                    : literal(i18n.getText(key));
            call.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        call.appendTail(out);
        return out.toString();
    }

    /** A double-quoted literal that JavaScript and JSON read as {@code text}. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\'' || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
