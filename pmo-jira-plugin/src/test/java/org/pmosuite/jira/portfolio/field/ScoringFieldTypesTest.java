package org.pmosuite.jira.portfolio.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.Capacity;
import org.pmosuite.core.portfolio.CapacityUnit;
import org.pmosuite.core.portfolio.InMemoryPortfolioRepository;
import org.pmosuite.core.portfolio.PortfolioDefinition;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringModelType;
import org.pmosuite.jira.platform.BundleI18nResolver;

/**
 * The portfolio's field types as Jira calls them: a value off its input's scale is refused with the scale in the
 * message, a discrete scale is offered as choices, and the Priority score follows the inputs under the model of the
 * issue's portfolio, empty while an input is missing.
 */
class ScoringFieldTypesTest {

    private final CustomFieldValuePersister persister = mock(CustomFieldValuePersister.class);
    private final GenericConfigManager configs = mock(GenericConfigManager.class);
    private final BundleI18nResolver i18n = new BundleI18nResolver();

    @Test
    void aJobSizeOffTheModifiedFibonacciScaleOrOfZeroIsRefused() {
        JobSizeFieldType type = new JobSizeFieldType(persister, configs, i18n);
        assertThat(type.getSingularObjectFromString(" 13 ")).isEqualTo(13.0);
        assertThat(type.getSingularObjectFromString("")).isNull();
        assertThatThrownBy(() -> type.getSingularObjectFromString("4")).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("20");
        assertThatThrownBy(() -> type.getSingularObjectFromString("0")).isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> type.getSingularObjectFromString("big")).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("big");
        assertThat(type.getStringFromSingularObject(13.0)).isEqualTo("13");
    }

    @Test
    void aDiscreteScaleIsOfferedAsChoicesAndAFreeNumberIsNot() {
        Map<String, Object> impact = new ImpactFieldType(persister, configs, i18n).getVelocityParameters(null,
                mock(CustomField.class), null);
        assertThat(impact).containsEntry(ScoringInputFieldType.DISCRETE, true);
        @SuppressWarnings("unchecked")
        List<ScoringFieldOption> options = (List<ScoringFieldOption>) impact.get(ScoringInputFieldType.OPTIONS);
        assertThat(options).extracting(ScoringFieldOption::value).containsExactly("0.25", "0.5", "1", "2", "3");
        assertThat(new ReachFieldType(persister, configs, i18n).getVelocityParameters(null, mock(CustomField.class),
                null)).containsEntry(ScoringInputFieldType.DISCRETE, false);
        assertThat(new ReachFieldType(persister, configs, i18n).getSingularObjectFromString("40000"))
                .isEqualTo(40_000.0);
        assertThatThrownBy(() -> new ReachFieldType(persister, configs, i18n).getSingularObjectFromString("-1"))
                .isInstanceOf(FieldValidationException.class);
    }

    @Test
    void estimatesAreNumbersFromZero() {
        BudgetFieldType type = new BudgetFieldType(persister, configs, i18n);
        assertThat(type.getSingularObjectFromString("250000")).isEqualTo(250_000.0);
        assertThatThrownBy(() -> type.getSingularObjectFromString("-5")).isInstanceOf(FieldValidationException.class);
    }

    @Test
    void thePriorityScoreIsTheScoreUnderTheModelOfTheOldestPortfolioThatHoldsTheIssue() {
        InMemoryPortfolioRepository portfolios = new InMemoryPortfolioRepository();
        Actor lead = new Actor("lead", "Lead");
        portfolios.create(definition("Growth", ScoringModelType.WSJF, "PAY"), lead);
        portfolios.create(definition("Later", ScoringModelType.CD3, "PAY"), lead);
        List<CustomField> fields = new ArrayList<>();
        Map<ScoringInput, CustomField> byInput = new java.util.EnumMap<>(ScoringInput.class);
        long id = 1;
        for (ScoringInput input : ScoringInput.values()) {
            CustomField field = field(ScoringFieldTypes.typeKey(input), id++);
            fields.add(field);
            byInput.put(input, field);
        }
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customFields.getCustomFieldObjects()).thenReturn(fields);
        PriorityScoreFieldType type = new PriorityScoreFieldType(customFields, portfolios, i18n);

        Issue scored = issue("PAY", "Initiative", Map.of(byInput.get(ScoringInput.BUSINESS_VALUE), 8.0,
                byInput.get(ScoringInput.TIME_CRITICALITY), 5.0, byInput.get(ScoringInput.RISK_REDUCTION), 3.0,
                byInput.get(ScoringInput.JOB_SIZE), 5.0));
        Issue missingJobSize = issue("PAY", "Initiative", Map.of(byInput.get(ScoringInput.BUSINESS_VALUE), 8.0,
                byInput.get(ScoringInput.TIME_CRITICALITY), 5.0, byInput.get(ScoringInput.RISK_REDUCTION), 3.0));
        Issue elsewhere = issue("HR", "Initiative", Map.of(byInput.get(ScoringInput.JOB_SIZE), 5.0));

        assertThat(type.getValueFromIssue(mock(CustomField.class), scored)).isEqualTo(16.0 / 5);
        assertThat(type.getStringFromSingularObject(3.2)).isEqualTo("3.20");
        assertThat(type.getValueFromIssue(mock(CustomField.class), missingJobSize)).isNull();
        assertThat(type.getValueFromIssue(mock(CustomField.class), elsewhere)).isNull();
    }

    private static PortfolioDefinition definition(String name, ScoringModelType model, String project) {
        return new PortfolioDefinition(name, "", new PortfolioScope(java.util.Set.of(project),
                java.util.Set.of("Initiative"), null), ScoringConfiguration.of(model),
                new Capacity(CapacityUnit.STORY_POINTS, 100, ""), List.of(), null);
    }

    private static CustomField field(String typeKey, long id) {
        CustomField field = mock(CustomField.class);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getIdAsLong()).thenReturn(id);
        doReturn(type).when(field).getCustomFieldType();
        return field;
    }

    private static Issue issue(String projectKey, String issueType, Map<CustomField, Object> values) {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(issueType);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getIssueType()).thenReturn(type);
        values.forEach((field, value) -> when(issue.getCustomFieldValue(field)).thenReturn(value));
        return issue;
    }
}
