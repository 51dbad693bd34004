package org.pmosuite.jira.raid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidEntries;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidEntryChange;
import org.pmosuite.core.raid.RaidEntryNotEditableException;
import org.pmosuite.core.raid.RaidEntryNotFoundException;
import org.pmosuite.core.raid.RaidField;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RoamStatus;
import org.pmosuite.core.raid.StaleRaidEntryException;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.core.raid.setup.RaidSetupPlan;
import org.pmosuite.jira.raid.field.RaidFieldTypes;
import org.springframework.stereotype.Component;

/**
 * RAID entries in Jira: issues carrying the app's RAID fields, read with the actor's browse permission (issue
 * security included) and written through Jira's {@code IssueService} as the actor, validate first, then create or
 * update, so that Jira's permissions, screens and the field types' own checks all apply. Jira's refusals come back
 * as field errors under the REST API's field names. The score is calculated by its field type, never written.
 *
 * <p>The stale check compares the issue's {@code updated} just before the update; Jira offers no conditional update,
 * so two writes within that instant are not told apart (the sandbox's store checks in the same statement).
 */
@Component
public class JiraRaidEntries implements RaidEntries {

    /** Jira's error keys for its own fields, and the REST API's names for them. */
    private static final String SUMMARY = "summary";
    private static final String ISSUE_TYPE = "issuetype";

    private final IssueService issueService;
    private final IssueManager issueManager;
    private final PermissionManager permissions;
    private final CustomFieldManager customFields;
    private final IssueTypeManager issueTypes;
    private final UserManager users;

    public JiraRaidEntries(IssueService issueService, IssueManager issueManager, PermissionManager permissions,
            CustomFieldManager customFields, IssueTypeManager issueTypes, UserManager users) {
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.permissions = permissions;
        this.customFields = customFields;
        this.issueTypes = issueTypes;
        this.users = users;
    }

    @Override
    public Optional<RaidEntry> find(Actor actor, String issueKey) {
        Map<RaidCustomField, CustomField> fields = fields();
        ApplicationUser user = user(actor);
        return visible(user, issueKey).flatMap(issue -> entry(user, issue, fields));
    }

    @Override
    public RaidEntry create(Actor actor, ProjectRef project, RaidEntryChange change) {
        Map<RaidCustomField, CustomField> fields = fields();
        ApplicationUser user = user(actor);
        IssueInputParameters input = issueService.newIssueInputParameters();
        input.setProjectId(project.id());
        input.setSummary(change.summary());
        input.setReporterId(user.getUsername());
        issueType(change.type()).ifPresent(type -> input.setIssueTypeId(type.getId()));
        for (RaidField field : RaidField.values()) {
            if (field != RaidField.SUMMARY && change.value(field) != null) {
                write(input, fields, field, change);
            }
        }
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, input);
        refuseUnlessValid(validation, fields, project.key());
        IssueService.IssueResult created = issueService.create(user, validation);
        refuseUnlessValid(created, fields, project.key());
        return entry(user, created.getIssue(), fields)
                .orElseThrow(() -> new IllegalStateException("Jira created " + created.getIssue().getKey()
                        + " without its RAID type"));
    }

    @Override
    public RaidEntry update(Actor actor, String issueKey, RaidEntryChange change, Instant expectedUpdated) {
        Map<RaidCustomField, CustomField> fields = fields();
        ApplicationUser user = user(actor);
        MutableIssue issue = visible(user, issueKey).orElseThrow(() -> new RaidEntryNotFoundException(issueKey));
        Instant stored = issue.getUpdated().toInstant();
        if (!stored.equals(expectedUpdated)) {
            throw new StaleRaidEntryException(issueKey, expectedUpdated, stored);
        }
        IssueInputParameters input = issueService.newIssueInputParameters();
        input.setRetainExistingValuesWhenParameterNotProvided(true, true);
        for (RaidField field : change.changed()) {
            if (field == RaidField.SUMMARY) {
                input.setSummary(change.summary());
            } else if (field == RaidField.TYPE) {
                issueType(change.type()).ifPresent(type -> input.setIssueTypeId(type.getId()));
                write(input, fields, field, change);
            } else {
                write(input, fields, field, change);
            }
        }
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(user, issue.getId(), input);
        refuseUnlessValid(validation, fields, issueKey);
        IssueService.IssueResult updated = issueService.update(user, validation);
        refuseUnlessValid(updated, fields, issueKey);
        return find(actor, issueKey).orElseThrow(() -> new RaidEntryNotFoundException(issueKey));
    }

    /** The field's new value as the field type reads it from a screen; an empty string clears it. */
    private static void write(IssueInputParameters input, Map<RaidCustomField, CustomField> fields, RaidField field,
            RaidEntryChange change) {
        RaidCustomField held = RaidCustomField.holding(field).orElseThrow();
        Object value = change.value(field);
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof RaidType type) {
            text = RaidSetupPlan.issueTypeName(type);
        } else if (value instanceof RoamStatus roam) {
            text = roam.name();
        } else {
            text = value.toString();
        }
        input.addCustomFieldValue(fields.get(held).getIdAsLong(), text);
    }

    private void refuseUnlessValid(IssueService.IssueValidationResult result,
            Map<RaidCustomField, CustomField> fields, String key) {
        if (result.isValid()) {
            return;
        }
        ErrorCollection errors = result.getErrorCollection();
        if (errors.getReasons() != null && errors.getReasons().contains(ErrorCollection.Reason.FORBIDDEN)) {
            throw new RaidEntryNotEditableException(key);
        }
        Map<String, String> byFieldId = new HashMap<>();
        fields.forEach((raid, field) -> byFieldId.put(field.getId(), jsonName(raid)));
        byFieldId.put(SUMMARY, RaidField.SUMMARY.jsonName());
        byFieldId.put(ISSUE_TYPE, RaidField.TYPE.jsonName());
        List<FieldError> refused = new ArrayList<>();
        errors.getErrors().forEach((fieldId, message) -> refused.add(FieldError.of(
                byFieldId.getOrDefault(fieldId, "entry"), "pmo.raid.error.jira", message)));
        errors.getErrorMessages().forEach(message -> refused.add(FieldError.of("entry", "pmo.raid.error.jira",
                message)));
        if (refused.isEmpty()) {
            refused.add(FieldError.of("entry", "pmo.raid.error.jira", key));
        }
        throw new InvalidRequestException(refused);
    }

    private static String jsonName(RaidCustomField field) {
        return field == RaidCustomField.CATEGORY ? RaidField.TYPE.jsonName()
                : field == RaidCustomField.SCORE ? "score" : RaidField.valueOf(field.name()).jsonName();
    }

    private Optional<MutableIssue> visible(ApplicationUser user, String issueKey) {
        MutableIssue issue = issueManager.getIssueByCurrentKey(issueKey);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        return Optional.of(issue);
    }

    /** The issue as a RAID entry; empty for an issue without a RAID type. */
    private Optional<RaidEntry> entry(ApplicationUser user, Issue issue, Map<RaidCustomField, CustomField> fields) {
        Optional<RaidType> type = RaidType.parse(text(issue, fields, RaidCustomField.CATEGORY));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String ownerKey = text(issue, fields, RaidCustomField.OWNER);
        ApplicationUser owner = ownerKey == null ? null : users.getUserByKey(ownerKey);
        String dependsOn = text(issue, fields, RaidCustomField.DEPENDS_ON);
        Boolean dependsOnResolved = null;
        if (dependsOn != null) {
            dependsOnResolved = visible(user, dependsOn).map(JiraRaidEntries::done).orElse(null);
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

    private static boolean done(Issue issue) {
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
                ? day.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : null;
    }

    private Optional<IssueType> issueType(RaidType type) {
        String name = RaidSetupPlan.issueTypeName(type);
        return issueTypes.getIssueTypes().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

    /** Every RAID field an entry holds; missing ones are reported by name, as the log and the heat map do. */
    private Map<RaidCustomField, CustomField> fields() {
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

    private ApplicationUser user(Actor actor) {
        ApplicationUser user = users.getUserByKey(actor.userKey());
        if (user == null) {
            throw new IllegalStateException("Jira has no user with key " + actor.userKey());
        }
        return user;
    }
}
