package org.pmosuite.jira.raid;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RaidLogReport;
import org.pmosuite.core.raid.RaidLogRow;

/**
 * The RAID log as CSV (RFC 4180, comma-separated, CRLF, every cell quoted), page by page from the store, so memory
 * stays one page however long the log. A cell a spreadsheet would read as a formula ({@code = + - @}, a tab or a
 * carriage return first) gets a leading apostrophe, as OWASP advises against CSV injection; the text itself is kept.
 */
final class RaidLogCsv {

    /** Rows fetched per store call. */
    static final int PAGE = 100;

    private RaidLogCsv() {
    }

    /**
     * @param page the log from a row on, {@link #PAGE} rows at a time
     * @return the number of entries written
     */
    static long write(Writer out, I18nResolver i18n, IntFunction<RaidLogReport> page) throws IOException {
        row(out, List.of(i18n.getText("pmo.raid.csv.key"), i18n.getText("pmo.raid.csv.project"),
                i18n.getText("pmo.raid.csv.summary"), i18n.getText("pmo.raid.csv.type"),
                i18n.getText("pmo.raid.probability"), i18n.getText("pmo.raid.impact"),
                i18n.getText("pmo.raid.csv.score"), i18n.getText("pmo.raid.csv.band"),
                i18n.getText("pmo.raid.csv.owner"), i18n.getText("pmo.raid.csv.roam"),
                i18n.getText("pmo.raid.csv.plan"), i18n.getText("pmo.raid.csv.proximity"),
                i18n.getText("pmo.raid.csv.review"), i18n.getText("pmo.raid.csv.validateby"),
                i18n.getText("pmo.raid.csv.dependson"), i18n.getText("pmo.raid.csv.needby"),
                i18n.getText("pmo.raid.csv.status"), i18n.getText("pmo.raid.csv.updated"),
                i18n.getText("pmo.raid.csv.attention")));
        long written = 0;
        int startAt = 0;
        while (true) {
            RaidLogReport report = page.apply(startAt);
            for (RaidLogRow row : report.rows()) {
                RaidLogJson.Entry e = RaidLogJson.entry(row, i18n);
                row(out, List.of(e.key(), e.projectKey(), e.summary(), e.type(), text(e.probability()),
                        text(e.impact()), text(e.score()), row.band() == null ? "" : row.band().label(),
                        e.owner() == null ? "" : e.owner().name(), text(e.roam()), text(e.responsePlan()),
                        text(e.proximity()), text(e.reviewDate()), text(e.validateBy()),
                        e.dependsOn() == null ? "" : e.dependsOn().key(), text(e.needBy()), text(e.status()),
                        text(e.updated()), e.attention().stream().map(RaidLogJson.Attention::message)
                                .collect(Collectors.joining("; "))));
                written++;
            }
            startAt += report.rows().size();
            if (report.rows().isEmpty() || startAt >= report.total()) {
                return written;
            }
            out.flush();
        }
    }

    /** One cell: quoted, quotes doubled, and a formula's first character disarmed. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(RaidLogCsv::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
