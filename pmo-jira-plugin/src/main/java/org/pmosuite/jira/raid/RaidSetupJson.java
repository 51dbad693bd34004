package org.pmosuite.jira.raid;

import java.io.Serializable;
import java.util.List;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.setup.RaidSetupChange;
import org.pmosuite.core.raid.setup.RaidSetupPlan;
import org.pmosuite.core.raid.setup.RaidSetupReport;

/** The JSON of RAID setup: a dry run ({@link Plan}) and what applying it changed ({@link Report}). */
public final class RaidSetupJson {

    private RaidSetupJson() {
    }

    /**
     * One change, described in the caller's language; the other members name what it concerns, each null when it
     * does not apply.
     *
     * @param sharedWithProjects how many other projects the change reaches as well (shared schemes and screens)
     */
    public record Change(String kind, String message, String field, String issueType, String scheme, String screen,
            int sharedWithProjects) {

        static Change of(RaidSetupChange change, I18nResolver i18n) {
            // Counts stay numbers, which the messages' choice formats need; everything else is text.
            String message = i18n.getText(change.messageKey(), change.arguments().stream()
                    .map(argument -> argument instanceof Integer count ? count : (Serializable) String.valueOf(argument))
                    .toArray(Serializable[]::new));
            if (change instanceof RaidSetupChange.CreateField create) {
                return new Change(change.kind(), message, create.field().defaultName(), null, null, null, 0);
            }
            if (change instanceof RaidSetupChange.CreateIssueType create) {
                return new Change(change.kind(), message, null, create.issueType(), null, null, 0);
            }
            if (change instanceof RaidSetupChange.AddIssueType add) {
                return new Change(change.kind(), message, null, add.issueType(), add.scheme(), null,
                        add.sharedByProjects() - 1);
            }
            RaidSetupChange.AddFieldToScreen add = (RaidSetupChange.AddFieldToScreen) change;
            return new Change(change.kind(), message, add.field().defaultName(), null, null, add.screenName(),
                    add.sharedByProjects() - 1);
        }
    }

    /**
     * @param ready       whether the project needs no change
     * @param fingerprint what the apply request sends back, to apply exactly these changes
     */
    public record Plan(RaidHeatMapJson.Project project, boolean ready, String fingerprint, List<Change> changes) {

        static Plan of(RaidSetupPlan plan, I18nResolver i18n) {
            return new Plan(new RaidHeatMapJson.Project(plan.project().key(), plan.project().name()), plan.isEmpty(),
                    plan.fingerprint(), plan.changes().stream().map(change -> Change.of(change, i18n)).toList());
        }
    }

    /** @param remaining a dry run after the changes: empty when the project is ready */
    public record Report(RaidHeatMapJson.Project project, List<Change> applied, Plan remaining) {

        static Report of(RaidSetupReport report, I18nResolver i18n) {
            return new Report(new RaidHeatMapJson.Project(report.project().key(), report.project().name()),
                    report.applied().stream().map(change -> Change.of(change, i18n)).toList(),
                    Plan.of(report.remaining(), i18n));
        }
    }

    /** The body of an apply request. */
    public record ApplyRequest(String project, String fingerprint) {
    }

    /** The body of a 409: why, and the dry run as it is now. */
    public record Stale(List<String> errorMessages, java.util.Map<String, String> errors, Plan plan) {
    }
}
