package org.pmosuite.jira.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.IntakeHost;
import org.pmosuite.core.portfolio.PortfolioForbiddenException;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.jira.portfolio.field.ScoringFieldTypes;
import org.springframework.stereotype.Component;

/**
 * Intake in Jira: who may request is who holds "Create Issues" in the intake project, and an accepted request is
 * created through {@code IssueService} as the PMO lead who accepted it (validate, then create), so the project's
 * screens, required fields and workflow apply as for any issue created in Jira. The request's scoring inputs go into
 * the app's scoring fields; an input with no field in this Jira is refused before anything is created.
 */
@Component
public class JiraIntakeHost implements IntakeHost {

    static final String FORBIDDEN_CREATE = "pmo.portfolio.intake.error.forbidden.create";
    static final String ISSUE_TYPE = "issueType";
    static final String PROJECT_GONE = "pmo.portfolio.intake.error.project-gone";

    private final IssueService issueService;
    private final ProjectManager projects;
    private final IssueTypeManager issueTypes;
    private final PermissionManager permissions;
    private final CustomFieldManager customFields;
    private final UserManager users;

    public JiraIntakeHost(IssueService issueService, ProjectManager projects, IssueTypeManager issueTypes,
            PermissionManager permissions, CustomFieldManager customFields, UserManager users) {
        this.issueService = issueService;
        this.projects = projects;
        this.issueTypes = issueTypes;
        this.permissions = permissions;
        this.customFields = customFields;
        this.users = users;
    }

    @Override
    public boolean mayCreateIssues(Actor actor, String projectKey) {
        ApplicationUser user = users.getUserByKey(actor.userKey());
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        return user != null && project != null
                && permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user);
    }

    @Override
    public String createInitiative(Actor actor, String projectKey, String issueType, String title,
            String description, ScoringInputs inputs) {
        ApplicationUser user = users.getUserByKey(actor.userKey());
        if (user == null) {
            throw new IllegalStateException("Jira has no user with key " + actor.userKey());
        }
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new InvalidRequestException(List.of(FieldError.of("intakeProject", PROJECT_GONE, projectKey)));
        }
        if (!permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user)) {
            throw new PortfolioForbiddenException(FORBIDDEN_CREATE);
        }
        InitiativeFields fields = InitiativeFields.of(customFields);
        List<FieldError> refused = new ArrayList<>(inputs.errors());
        IssueType type = issueTypes.getIssueTypes().stream()
                .filter(each -> each.getName() != null && each.getName().toLowerCase(Locale.ROOT)
                        .equals(issueType.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (type == null) {
            refused.add(FieldError.of(ISSUE_TYPE, JiraInitiativeSource.ISSUE_TYPE_UNKNOWN, issueType));
        }
        for (ScoringInput input : inputs.asMap().keySet()) {
            if (fields.input(input).isEmpty()) {
                refused.add(FieldError.of(input.fieldName(), JiraInitiativeSource.NO_FIELD,
                        ScoringFieldTypes.moduleKey(input)));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidRequestException(refused);
        }
        IssueInputParameters parameters = issueService.newIssueInputParameters();
        parameters.setProjectId(project.getId());
        parameters.setIssueTypeId(type.getId());
        parameters.setSummary(title);
        parameters.setDescription(description);
        parameters.setReporterId(user.getUsername());
        for (Map.Entry<ScoringInput, Double> value : inputs.asMap().entrySet()) {
            parameters.addCustomFieldValue(fields.input(value.getKey()).orElseThrow().getIdAsLong(),
                    JiraInitiativeSource.plain(value.getValue()));
        }
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, parameters);
        JiraInitiativeSource.refuseUnlessValid(validation, fields, projectKey,
                () -> new PortfolioForbiddenException(FORBIDDEN_CREATE));
        IssueService.IssueResult created = issueService.create(user, validation);
        JiraInitiativeSource.refuseUnlessValid(created, fields, projectKey,
                () -> new PortfolioForbiddenException(FORBIDDEN_CREATE));
        return created.getIssue().getKey();
    }
}
