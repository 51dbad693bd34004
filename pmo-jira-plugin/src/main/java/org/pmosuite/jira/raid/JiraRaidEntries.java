package org.pmosuite.jira.raid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
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
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RoamStatus;
import org.pmosuite.core.raid.StaleRaidEntryException;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.core.raid.setup.RaidSetupPlan;
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
    private final IssueTypeManager issueTypes;
    private final JiraRaidIssues issues;
    private final JiraRaidOwners owners;

    public JiraRaidEntries(IssueService issueService, IssueTypeManager issueTypes, IssueManager issueManager,
            PermissionManager permissions, CustomFieldManager customFields, UserManager users,
            JiraRaidOwners owners) {
        this.issueService = issueService;
        this.issueTypes = issueTypes;
        this.issues = new JiraRaidIssues(issueManager, permissions, customFields, users);
        this.owners = owners;
    }

    @Override
    public Optional<RaidEntry> find(Actor actor, String issueKey) {
        Map<RaidCustomField, CustomField> fields = issues.fields();
        ApplicationUser user = issues.user(actor);
        return issues.visible(user, issueKey).flatMap(issue -> issues.entry(user, issue, fields));
    }

    @Override
    public RaidEntry create(Actor actor, ProjectRef project, RaidEntryChange change) {
        Map<RaidCustomField, CustomField> fields = issues.fields();
        ApplicationUser user = issues.user(actor);
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
        owners.seen(change.ownerKey());
        return issues.entry(user, created.getIssue(), fields)
                .orElseThrow(() -> new IllegalStateException("Jira created " + created.getIssue().getKey()
                        + " without its RAID type"));
    }

    @Override
    public RaidEntry update(Actor actor, String issueKey, RaidEntryChange change, Instant expectedUpdated) {
        Map<RaidCustomField, CustomField> fields = issues.fields();
        ApplicationUser user = issues.user(actor);
        MutableIssue issue = issues.visible(user, issueKey).orElseThrow(() -> new RaidEntryNotFoundException(issueKey));
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
        if (change.changes(RaidField.OWNER)) {
            owners.seen(change.ownerKey());
        }
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

    private Optional<IssueType> issueType(RaidType type) {
        String name = RaidSetupPlan.issueTypeName(type);
        return issueTypes.getIssueTypes().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

}
