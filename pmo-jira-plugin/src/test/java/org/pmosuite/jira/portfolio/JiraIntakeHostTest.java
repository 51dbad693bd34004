package org.pmosuite.jira.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.util.ErrorCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.PortfolioForbiddenException;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * Intake in Jira over mocks of its services: who may request (Create Issues in the intake project), and an accepted
 * request created through IssueService as the PMO lead, validated first, with its inputs in the app's fields.
 */
class JiraIntakeHostTest {

    private static final Actor LEAD = new Actor("lead-key", "Lee");

    private final PortfolioJira jira = new PortfolioJira("lead-key");
    private final ProjectManager projects = mock(ProjectManager.class);
    private final Project pay = mock(Project.class);
    private final Map<String, String> sent = new LinkedHashMap<>();
    private final JiraIntakeHost host = new JiraIntakeHost(jira.issueService, projects, jira.issueTypes,
            jira.permissions, jira.customFields, jira.users);
    private ErrorCollection validation = PortfolioJira.noErrors();
    private boolean mayCreate = true;

    @BeforeEach
    void setUp() {
        when(pay.getId()).thenReturn(10100L);
        when(pay.getKey()).thenReturn("PAY");
        when(projects.getProjectObjByKey("PAY")).thenReturn(pay);
        when(jira.user.getUsername()).thenReturn("lee");
        when(jira.permissions.hasPermission(any(), eq(pay), eq(jira.user))).thenAnswer(call -> mayCreate);
        IssueInputParameters parameters = mock(IssueInputParameters.class);
        when(parameters.setProjectId(anyLong())).thenAnswer(call -> record(parameters, "project", call.getArgument(0)));
        when(parameters.setIssueTypeId(anyString()))
                .thenAnswer(call -> record(parameters, "issuetype", call.getArgument(0)));
        when(parameters.setSummary(anyString())).thenAnswer(call -> record(parameters, "summary", call.getArgument(0)));
        when(parameters.setDescription(anyString()))
                .thenAnswer(call -> record(parameters, "description", call.getArgument(0)));
        when(parameters.setReporterId(anyString()))
                .thenAnswer(call -> record(parameters, "reporter", call.getArgument(0)));
        when(parameters.addCustomFieldValue(anyLong(), any(String[].class))).thenAnswer(call -> record(parameters,
                "customfield_" + call.getArgument(0), String.join(",", (String[]) call.getRawArguments()[1])));
        when(jira.issueService.newIssueInputParameters()).thenReturn(parameters);
        MutableIssue created = mock(MutableIssue.class);
        when(created.getKey()).thenReturn("PAY-42");
        when(jira.issueService.validateCreate(eq(jira.user), eq(parameters)))
                .thenAnswer(call -> new IssueService.CreateValidationResult(created, validation));
        when(jira.issueService.create(eq(jira.user), any()))
                .thenAnswer(call -> new IssueService.IssueResult(created, PortfolioJira.noErrors()));
    }

    private IssueInputParameters record(IssueInputParameters parameters, String field, Object value) {
        sent.put(field, String.valueOf(value));
        return parameters;
    }

    @Test
    void whoMayRequestIsWhoHoldsCreateIssuesInTheIntakeProject() {
        assertThat(host.mayCreateIssues(LEAD, "PAY")).isTrue();
        mayCreate = false;
        assertThat(host.mayCreateIssues(LEAD, "PAY")).isFalse();
        assertThat(host.mayCreateIssues(LEAD, "GONE")).isFalse();
        assertThat(host.mayCreateIssues(new Actor("nobody", "Nobody"), "PAY")).isFalse();
    }

    @Test
    void anAcceptedRequestIsValidatedThenCreatedAsTheLeadWithItsInputsInTheScoringFields() {
        String key = host.createInitiative(LEAD, "PAY", "initiative", "Open banking <API>", "Why\n\nSponsor: CFO",
                ScoringInputs.of(Map.of(ScoringInput.JOB_SIZE, 5.0, ScoringInput.BUSINESS_VALUE, 13.0)));

        assertThat(key).isEqualTo("PAY-42");
        assertThat(sent).containsEntry("project", "10100").containsEntry("issuetype", "10001")
                .containsEntry("summary", "Open banking <API>").containsEntry("description", "Why\n\nSponsor: CFO")
                .containsEntry("reporter", "lee")
                .containsEntry("customfield_" + (PortfolioJira.FIRST_INPUT_FIELD + ScoringInput.JOB_SIZE.ordinal()),
                        "5")
                .containsEntry("customfield_"
                        + (PortfolioJira.FIRST_INPUT_FIELD + ScoringInput.BUSINESS_VALUE.ordinal()), "13");
        verify(jira.issueService).create(eq(jira.user), any());
    }

    @Test
    void jirasRefusalsComeBackPerFieldOrAsForbiddenAndNothingIsCreated() {
        long jobSize = PortfolioJira.FIRST_INPUT_FIELD + ScoringInput.JOB_SIZE.ordinal();
        validation = PortfolioJira.errors(Map.of("customfield_" + jobSize, "Job size is required."),
                List.of("The project is archived."), Set.of(ErrorCollection.Reason.VALIDATION_FAILED));
        assertThatThrownBy(() -> host.createInitiative(LEAD, "PAY", "Initiative", "T", "D", ScoringInputs.empty()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).contains("jobSize", "initiative"));
        validation = PortfolioJira.errors(Map.of(), List.of("No."), Set.of(ErrorCollection.Reason.FORBIDDEN));
        assertThatThrownBy(() -> host.createInitiative(LEAD, "PAY", "Initiative", "T", "D", ScoringInputs.empty()))
                .isInstanceOf(PortfolioForbiddenException.class);
        verify(jira.issueService, never()).create(any(), any());
    }

    @Test
    void withoutCreateIssuesAnUnknownIssueTypeOrAGoneProjectNothingIsAskedOfJira() {
        assertThatThrownBy(() -> host.createInitiative(LEAD, "PAY", "Theme", "T", "D", ScoringInputs.empty()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly(JiraIntakeHost.ISSUE_TYPE));
        assertThatThrownBy(() -> host.createInitiative(LEAD, "GONE", "Initiative", "T", "D", ScoringInputs.empty()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("intakeProject"));
        mayCreate = false;
        assertThatThrownBy(() -> host.createInitiative(LEAD, "PAY", "Initiative", "T", "D", ScoringInputs.empty()))
                .isInstanceOfSatisfying(PortfolioForbiddenException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(JiraIntakeHost.FORBIDDEN_CREATE));
        verify(jira.issueService, never()).validateCreate(any(), any());
    }
}
