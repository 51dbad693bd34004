package org.pmosuite.jira.raid;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RoamStatus;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.raid.field.RaidFieldTypes;

/**
 * Jira issues as RAID entries, as one user sees them: the RAID fields by the app's field types, an issue only with
 * the user's browse permission (issue security included), and its fields read into a {@link RaidEntry}. A helper of
 * the Jira adapters, which each make their own: not a component, so the sandbox never wires it.
 */
final class JiraRaidIssues {

    private final IssueManager issueManager;
    private final PermissionManager permissions;
    private final CustomFieldManager customFields;
    private final UserManager users;

    JiraRaidIssues(IssueManager issueManager, PermissionManager permissions, CustomFieldManager customFields,
            UserManager users) {
        this.issueManager = issueManager;
        this.permissions = permissions;
        this.customFields = customFields;
        this.users = users;
    }

    /** The issue, when it exists and the user may browse it. */
    Optional<MutableIssue> visible(ApplicationUser user, String issueKey) {
        MutableIssue issue = issueManager.getIssueByCurrentKey(issueKey);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        return Optional.of(issue);
    }

    /** The issue as a RAID entry; empty for an issue without a RAID type. */
    Optional<RaidEntry> entry(ApplicationUser user, Issue issue, Map<RaidCustomField, CustomField> fields) {
        Optional<RaidType> type = RaidType.parse(text(issue, fields, RaidCustomField.CATEGORY));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String ownerKey = text(issue, fields, RaidCustomField.OWNER);
        ApplicationUser owner = ownerKey == null ? null : users.getUserByKey(ownerKey);
        String dependsOn = text(issue, fields, RaidCustomField.DEPENDS_ON);
        Boolean dependsOnResolved = null;
        if (dependsOn != null) {
            dependsOnResolved = visible(user, dependsOn).map(JiraRaidIssues::done).orElse(null);
        }
        return Optional.of(new RaidEntry(issue.getKey(), issue.getProjectObject().getKey(), issue.getSummary(),
                type.get(), rating(issue, fields, RaidCustomField.PROBABILITY),
                rating(issue, fields, RaidCustomField.IMPACT), ownerKey,
                owner == null ? ownerKey : owner.getDisplayName(),
                RoamStatus.parse(text(issue, fields, RaidCustomField.ROAM)).orElse(null),
                text(issue, fields, RaidCustomField.RESPONSE_PLAN), day(issue, fields, RaidCustomField.PROXIMITY),
                day(issue, fields, RaidCustomField.REVIEW_DATE), day(issue, fields, RaidCustomField.VALIDATE_BY),
                dependsOn, dependsOnResolved, day(issue, fields, RaidCustomField.NEED_BY), !done(issue),
                issue.getStatus().getName(), issue.getUpdated().toInstant()));
    }

    static boolean done(Issue issue) {
        return "done".equals(issue.getStatus().getStatusCategory().getKey());
    }

    private static String text(Issue issue, Map<RaidCustomField, CustomField> fields, RaidCustomField field) {
        CustomField custom = fields.get(field);
        Object value = custom == null ? null : issue.getCustomFieldValue(custom);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Integer rating(Issue issue, Map<RaidCustomField, CustomField> fields, RaidCustomField field) {
        CustomField custom = fields.get(field);
        return custom != null && issue.getCustomFieldValue(custom) instanceof Number rating
                ? (int) Math.round(rating.doubleValue()) : null;
    }

    private static LocalDate day(Issue issue, Map<RaidCustomField, CustomField> fields, RaidCustomField field) {
        CustomField custom = fields.get(field);
        return custom != null && issue.getCustomFieldValue(custom) instanceof Date day
                ? day.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
    }

    /** Every RAID field an entry holds; missing ones are reported by name, as the log and the heat map do. */
    Map<RaidCustomField, CustomField> fields() {
        Map<RaidCustomField, CustomField> found = RaidFieldTypes.existing(customFields);
        List<String> missing = new ArrayList<>();
        for (RaidCustomField field : RaidCustomField.values()) {
            if (!found.containsKey(field)) {
                missing.add(field.defaultName());
            }
        }
        if (!missing.isEmpty()) {
            throw new RaidFieldsNotConfiguredException(missing);
        }
        return found;
    }

    ApplicationUser user(Actor actor) {
        ApplicationUser user = users.getUserByKey(actor.userKey());
        if (user == null) {
            throw new IllegalStateException("Jira has no user with key " + actor.userKey());
        }
        return user;
    }
}
