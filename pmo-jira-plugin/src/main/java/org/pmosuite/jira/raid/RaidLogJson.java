package org.pmosuite.jira.raid;

import java.io.Serializable;
import java.util.List;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.AttentionReason;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidLogReport;
import org.pmosuite.core.raid.RaidLogRow;

/**
 * A page of the RAID log as the REST API returns it: the entries the viewer may see, filtered, sorted and paged by
 * the store, each with its score, band and the reasons it needs attention, translated.
 *
 * @param total every entry the filters match, over the projects the viewer may browse
 */
public record RaidLogJson(List<RaidHeatMapJson.Project> projects, RiskMatrixJson matrix, long total, int startAt,
        int maxResults, String sort, String order, List<Entry> entries) {

    /** One entry; dates are {@code yyyy-MM-dd}, {@code updated} ISO 8601 in UTC; absent values are null. */
    public record Entry(String key, String projectKey, String summary, String type, Integer probability,
            Integer impact, Integer score, String band, Person owner, String roam, String responsePlan,
            String proximity, String reviewDate, String validateBy, DependsOn dependsOn, String needBy, boolean open,
            String status, String updated, List<Attention> attention) {
    }

    public record Person(String key, String name) {
    }

    /**
     * What a dependency waits for. An issue the viewer may not see, or one that does not exist, is not named: its
     * key and state are null and {@code visible} is false, so that the answer is the same for both.
     */
    public record DependsOn(String key, Boolean resolved, boolean visible) {

        static DependsOn of(RaidEntry entry) {
            if (entry.dependsOnIssueKey() == null) {
                return null;
            }
            // The adapters report a state only for an issue the viewer may see.
            return entry.dependsOnResolved() == null ? new DependsOn(null, null, false)
                    : new DependsOn(entry.dependsOnIssueKey(), entry.dependsOnResolved(), true);
        }
    }

    /** @param rule the needs-attention rule, e.g. {@code REVIEW_OVERDUE}; @param message its reason, translated */
    public record Attention(String rule, String message) {
    }

    static RaidLogJson of(RaidLogReport report, I18nResolver i18n) {
        return new RaidLogJson(report.projects().stream().map(p -> new RaidHeatMapJson.Project(p.key(), p.name()))
                .toList(), RiskMatrixJson.of(report.matrix()), report.total(), report.startAt(), report.maxResults(),
                report.query().sort().jsonName(), report.query().order().jsonName(),
                report.rows().stream().map(row -> entry(row, i18n)).toList());
    }

    static Entry entry(RaidLogRow row, I18nResolver i18n) {
        RaidEntry e = row.entry();
        return new Entry(e.issueKey(), e.projectKey(), e.summary(), e.type().name(), e.probability(), e.impact(),
                row.score(), row.band() == null ? null : row.band().key().name(),
                e.ownerKey() == null ? null : new Person(e.ownerKey(), e.ownerName()),
                e.roam() == null ? null : e.roam().name(), e.responsePlan(), text(e.proximity()),
                text(e.reviewDate()), text(e.validateBy()),
                DependsOn.of(e),
                text(e.needBy()), e.open(), e.status(), text(e.updated()),
                row.attention().reasons().stream().map(reason -> attention(reason, i18n)).toList());
    }

    /** A reason translated, with its arguments. */
    static Attention attention(AttentionReason reason, I18nResolver i18n) {
        Serializable[] arguments = reason.arguments().stream().map(String::valueOf).toArray(Serializable[]::new);
        return new Attention(reason.policy(), i18n.getText(reason.messageKey(), arguments));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
