package org.pmosuite.sandbox.platform;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Jira's auto-escaping: every value a template inserts is HTML-escaped, except when the reference's last property
 * or method name ends with {@code Html} or starts with {@code render} / {@code getRender}.
 */
public final class HtmlEscapingInsertionHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isHtmlSafe(reference)) {
            return value;
        }
        return Html.escape(value.toString());
    }

    /** Whether a reference such as {@code $!{page.summaryHtml}} or {@code $x.renderBody()} is trusted HTML. */
    static boolean isHtmlSafe(String reference) {
        String name = lastName(reference);
        return name.endsWith("Html") || name.startsWith("render") || name.startsWith("getRender");
    }

    /** The last identifier of a reference, ignoring arguments, quotes and the {@code $!{}} decoration. */
    static String lastName(String reference) {
        String text = reference.trim();
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '$' || text.charAt(start) == '!'
                || text.charAt(start) == '{')) {
            start++;
        }
        int depth = 0;
        char quote = 0;
        int segmentStart = start;
        int segmentEnd = -1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    segmentEnd = i;
                }
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && c == '.') {
                segmentStart = i + 1;
                segmentEnd = -1;
            } else if (depth == 0 && (c == '}' || c == '|') && segmentEnd < 0) {
                segmentEnd = i;
            }
        }
        return text.substring(segmentStart, segmentEnd < 0 ? text.length() : segmentEnd).trim();
    }
}
