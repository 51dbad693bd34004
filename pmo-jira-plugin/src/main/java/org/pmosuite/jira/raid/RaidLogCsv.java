package org.pmosuite.jira.raid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RaidLogRow;
import org.pmosuite.core.raid.RaidLogService;
import org.pmosuite.jira.platform.Csv;

/**
 * The RAID log as CSV (RFC 4180, comma-separated, CRLF, every cell quoted), row by row as the store reads them, so
 * memory stays constant however long the log. A cell a spreadsheet would read as a formula ({@code = + - @}, a tab or a
 * carriage return first) gets a leading apostrophe, as OWASP advises against CSV injection; the text itself is kept.
 */
final class RaidLogCsv {

    private RaidLogCsv() {
    }

    /**
     * Writes the header, then every row the export hands over, in its order.
     *
     * @return the number of entries written
     */
    static long write(Writer out, I18nResolver i18n, RaidLogService.Export export) throws IOException {
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
        long[] written = {0};
        try {
            export.forEach(row -> {
                try {
                    entry(out, row, i18n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written[0];
    }

    private static void entry(Writer out, RaidLogRow row, I18nResolver i18n) throws IOException {
        RaidLogJson.Entry e = RaidLogJson.entry(row, i18n);
        row(out, List.of(e.key(), e.projectKey(), e.summary(), e.type(), text(e.probability()), text(e.impact()),
                text(e.score()), row.band() == null ? "" : row.band().label(),
                e.owner() == null ? "" : e.owner().name(), text(e.roam()), text(e.responsePlan()),
                text(e.proximity()), text(e.reviewDate()), text(e.validateBy()),
                e.dependsOn() == null ? "" : e.dependsOn().visible() ? e.dependsOn().key()
                        : i18n.getText("pmo.raid.log.dependson.unknown"), text(e.needBy()), text(e.status()),
                text(e.updated()), e.attention().stream().map(RaidLogJson.Attention::message)
                        .collect(Collectors.joining("; "))));
    }

    /** One cell: quoted, quotes doubled, and a formula's first character disarmed. */
    static String cell(String value) {
        return Csv.cell(value);
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        Csv.row(out, cells);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
