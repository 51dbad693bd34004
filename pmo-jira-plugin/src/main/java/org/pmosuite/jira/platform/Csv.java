package org.pmosuite.jira.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as the app exports it: RFC 4180, comma-separated, CRLF, every cell quoted. A cell a spreadsheet would read as
 * a formula ({@code = + - @}, a tab or a carriage return first) gets a leading apostrophe, as OWASP advises against
 * CSV injection; the text itself is kept.
 */
public final class Csv {

    private Csv() {
    }

    /** One cell: quoted, quotes doubled, and a formula's first character disarmed. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    public static void row(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(Csv::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }
}
