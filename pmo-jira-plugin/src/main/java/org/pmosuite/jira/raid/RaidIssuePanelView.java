package org.pmosuite.jira.raid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.NeedsAttention;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidIssueOverview;
import org.pmosuite.core.raid.RaidLogRow;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RiskMatrix;

/**
 * What the issue panel template may read, translated: bean getters only, each listed in the descriptor's velocity
 * allowlist; the renderer escapes every value. Links are below the base URL Jira gives (its context path).
 */
public final class RaidIssuePanelView {

    private final String issueKey;
    private final Entry entry;
    private final List<Dependent> dependents;
    private final long dependentsTotal;
    private final String dependentsUrl;

    private RaidIssuePanelView(String issueKey, Entry entry, List<Dependent> dependents, long dependentsTotal,
            String dependentsUrl) {
        this.issueKey = issueKey;
        this.entry = entry;
        this.dependents = List.copyOf(dependents);
        this.dependentsTotal = dependentsTotal;
        this.dependentsUrl = dependentsUrl;
    }

    static RaidIssuePanelView of(RaidIssueOverview overview, String baseUrl, I18nResolver i18n) {
        Entry entry = overview.ownEntry().map(row -> Entry.of(row, overview.matrix().matrix(), baseUrl, i18n))
                .orElse(null);
        List<Dependent> dependents = overview.dependents().stream().map(row -> Dependent.of(row, baseUrl, i18n))
                .toList();
        return new RaidIssuePanelView(overview.issueKey(), entry, dependents, overview.dependentsTotal(),
                baseUrl + "/plugins/servlet/pmo/raid/log?dependsOn=" + encoded(overview.issueKey()));
    }

    public String getIssueKey() {
        return issueKey;
    }

    /** Whether the issue is itself a RAID entry the viewer may see. */
    public boolean isEntryShown() {
        return entry != null;
    }

    public Entry getEntry() {
        return entry;
    }

    public List<Dependent> getDependents() {
        return dependents;
    }

    public long getDependentsTotal() {
        return dependentsTotal;
    }

    public boolean isMoreDependents() {
        return dependentsTotal > dependents.size();
    }

    /** The RAID register filtered to what depends on this issue. */
    public String getDependentsUrl() {
        return dependentsUrl;
    }

    /** The issue's own RAID entry, its fields labelled and in the viewer's language. */
    public static final class Entry {
        private final String type;
        private final String score;
        private final String bandName;
        private final String bandColour;
        private final List<Field> fields;
        private final List<String> attention;
        private final String logUrl;

        private Entry(String type, String score, String bandName, String bandColour, List<Field> fields,
                List<String> attention, String logUrl) {
            this.type = type;
            this.score = score;
            this.bandName = bandName;
            this.bandColour = bandColour;
            this.fields = List.copyOf(fields);
            this.attention = List.copyOf(attention);
            this.logUrl = logUrl;
        }

        static Entry of(RaidLogRow row, RiskMatrix matrix, String baseUrl, I18nResolver i18n) {
            RaidEntry e = row.entry();
            String none = i18n.getText("pmo.raid.panel.none");
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(i18n.getText("pmo.raid.probability"), rating(e.probability(), matrix, true, i18n)));
            fields.add(new Field(i18n.getText("pmo.raid.impact"), rating(e.impact(), matrix, false, i18n)));
            fields.add(new Field(i18n.getText("pmo.raid.csv.roam"),
                    e.roam() == null ? i18n.getText("pmo.raid.log.roam.none") : i18n.getText(e.roam().messageKey())));
            fields.add(new Field(i18n.getText("pmo.raid.csv.owner"), e.ownerKey() == null ? none
                    : e.ownerName() == null ? e.ownerKey() : e.ownerName()));
            fields.add(new Field(i18n.getText("pmo.raid.csv.proximity"), date(e.proximity(), none)));
            fields.add(new Field(i18n.getText("pmo.raid.csv.review"), date(e.reviewDate(), none)));
            if (e.type() == RaidType.ASSUMPTION) {
                fields.add(new Field(i18n.getText("pmo.raid.csv.validateby"), date(e.validateBy(), none)));
            }
            if (e.type() == RaidType.DEPENDENCY) {
                fields.add(new Field(i18n.getText("pmo.raid.csv.dependson"), dependsOn(e, none, i18n)));
                fields.add(new Field(i18n.getText("pmo.raid.csv.needby"), date(e.needBy(), none)));
            }
            fields.add(new Field(i18n.getText("pmo.raid.csv.plan"),
                    e.responsePlan() == null || e.responsePlan().isBlank() ? none : e.responsePlan()));
            return new Entry(i18n.getText(e.type().messageKey()),
                    row.score() == null ? i18n.getText("pmo.raid.log.unrated") : row.score().toString(),
                    row.band() == null ? "" : row.band().label(), row.band() == null ? "" : row.band().colour(),
                    fields, reasons(row.attention(), i18n),
                    baseUrl + "/plugins/servlet/pmo/raid/log?project=" + encoded(e.projectKey()));
        }

        public String getType() {
            return type;
        }

        /** Probability x impact, or "Not rated". */
        public String getScore() {
            return score;
        }

        /** The band's label on the project's matrix; empty when unrated or off the matrix. */
        public String getBandName() {
            return bandName;
        }

        /** The band's colour, {@code #rgb} or {@code #rrggbb} as the matrix validated it; empty without a band. */
        public String getBandColour() {
            return bandColour;
        }

        public boolean isBanded() {
            return !bandName.isEmpty();
        }

        public List<Field> getFields() {
            return fields;
        }

        public boolean isNeedingAttention() {
            return !attention.isEmpty();
        }

        /** Why the entry needs attention, one sentence each; empty when it does not. */
        public List<String> getAttention() {
            return attention;
        }

        /** The RAID log of the entry's project. */
        public String getLogUrl() {
            return logUrl;
        }

        private static String rating(Integer level, RiskMatrix matrix, boolean probability, I18nResolver i18n) {
            if (level == null) {
                return i18n.getText("pmo.raid.log.unrated");
            }
            if (!matrix.size().contains(level)) {
                return level.toString();
            }
            String label = probability ? matrix.probabilityLabel(level) : matrix.impactLabel(level);
            return i18n.getText("pmo.raid.panel.rating", level, label);
        }

        private static String dependsOn(RaidEntry e, String none, I18nResolver i18n) {
            if (e.dependsOnIssueKey() == null) {
                return none;
            }
            if (e.dependsOnResolved() == null) {
                // Not one the viewer may see (or none that exists): never named.
                return i18n.getText("pmo.raid.log.dependson.unknown");
            }
            return i18n.getText(e.dependsOnResolved() ? "pmo.raid.panel.dependson.resolved"
                    : "pmo.raid.panel.dependson.open", e.dependsOnIssueKey());
        }
    }

    /** A label and its value, both plain text. */
    public static final class Field {
        private final String label;
        private final String value;

        Field(String label, String value) {
            this.label = label;
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    /** An open RAID entry that depends on the issue. */
    public static final class Dependent {
        private final String key;
        private final String url;
        private final String summary;
        private final String needBy;
        private final String owner;
        private final List<String> attention;

        private Dependent(String key, String url, String summary, String needBy, String owner,
                List<String> attention) {
            this.key = key;
            this.url = url;
            this.summary = summary;
            this.needBy = needBy;
            this.owner = owner;
            this.attention = List.copyOf(attention);
        }

        static Dependent of(RaidLogRow row, String baseUrl, I18nResolver i18n) {
            RaidEntry e = row.entry();
            return new Dependent(e.issueKey(), baseUrl + "/browse/" + encoded(e.issueKey()), e.summary(),
                    e.needBy() == null ? "" : i18n.getText("pmo.raid.panel.needby", e.needBy().toString()),
                    e.ownerKey() == null ? "" : e.ownerName() == null ? e.ownerKey() : e.ownerName(),
                    reasons(row.attention(), i18n));
        }

        public String getKey() {
            return key;
        }

        public String getUrl() {
            return url;
        }

        public String getSummary() {
            return summary;
        }

        /** "Needed by 2025-03-01", or empty. */
        public String getNeedBy() {
            return needBy;
        }

        /** The owner's name, or empty. */
        public String getOwner() {
            return owner;
        }

        public boolean isNeedingAttention() {
            return !attention.isEmpty();
        }

        /** Why it needs attention, the reasons as one text. */
        public String getAttentionText() {
            return String.join(" ", attention);
        }
    }

    private static List<String> reasons(NeedsAttention attention, I18nResolver i18n) {
        return attention.reasons().stream().map(reason -> RaidLogJson.attention(reason, i18n).message()).toList();
    }

    private static String date(LocalDate date, String none) {
        return date == null ? none : date.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
