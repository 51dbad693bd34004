package org.pmosuite.jira.raid.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.EnglishRiskMatrixTexts;
import org.pmosuite.core.raid.InMemoryRiskMatrixRepository;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RiskMatrixDraft;
import org.pmosuite.core.raid.RiskMatrixService;
import org.pmosuite.core.raid.RiskMatrixSize;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.platform.BundleI18nResolver;
import org.pmosuite.jira.raid.JiraRaidOwners;

/**
 * The RAID field types as Jira calls them: what a person types becomes the stored value by the core's rules (or a
 * message from the app's bundle), the stored value is shown as people read it, and the calculated score follows the
 * two ratings.
 */
class RaidFieldTypesTest {

    private static final ProjectRef PAY = new ProjectRef(10001L, "PAY", "Payments");

    private final CustomFieldValuePersister persister = mock(CustomFieldValuePersister.class);
    private final GenericConfigManager configs = mock(GenericConfigManager.class);
    private final BundleI18nResolver i18n = new BundleI18nResolver();
    private final RiskMatrixService matrices = new RiskMatrixService(new InMemoryRiskMatrixRepository(),
            new EnglishRiskMatrixTexts());

    @Test
    void theTypeIsStoredByItsEnglishNameWhateverTheCaseTyped() {
        RaidCategoryFieldType type = new RaidCategoryFieldType(persister, configs, i18n);

        assertThat(type.getSingularObjectFromString(" dependency ")).isEqualTo("Dependency");
        assertThat(type.getSingularObjectFromString("")).isNull();
        assertThatThrownBy(() -> type.getSingularObjectFromString("Opportunity"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage(i18n.getText("pmo.raid.error.type.unknown", "Opportunity"));
        assertThat(type.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_LIMITED_TEXT);
        Map<String, Object> shown = type.getVelocityParameters(issue(Map.of(), "Risk"), field(), null);
        assertThat(shown).containsEntry("raidText", "Risk");
        assertThat((List<?>) shown.get("raidOptions")).extracting("value")
                .containsExactly("Risk", "Assumption", "Issue", "Dependency");
    }

    @Test
    void roamIsOneOfTheFour() {
        RaidRoamFieldType type = new RaidRoamFieldType(persister, configs, i18n);

        assertThat(type.getSingularObjectFromString("mitigated")).isEqualTo("Mitigated");
        assertThatThrownBy(() -> type.getSingularObjectFromString("Ignored"))
                .hasMessageContaining("'Ignored'");
    }

    @Test
    void aRatingIsAWholeNumberOnTheScaleAndTheScreenOffersTheProjectsOwnLevels() throws Exception {
        RaidProbabilityFieldType type = new RaidProbabilityFieldType(persister, configs, matrices, i18n);
        RiskMatrix threeByThree = RiskMatrix.standard(new RiskMatrixSize(3), new EnglishRiskMatrixTexts()::text);
        matrices.saveForProject(PAY, RiskMatrixDraft.of(threeByThree), 0, new Actor("admin", "Admin"));

        assertThat(type.getSingularObjectFromString("4")).isEqualTo(4.0);
        assertThat(type.getStringFromSingularObject(4.0)).isEqualTo("4");
        assertThatThrownBy(() -> type.getSingularObjectFromString("6"))
                .hasMessage(i18n.getText("pmo.raid.error.rating.range", "1", "5", "6"));
        assertThatThrownBy(() -> type.getSingularObjectFromString("high"))
                .hasMessage(i18n.getText("pmo.raid.error.rating.whole", "1", "5", "high"));
        assertThat(type.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_DECIMAL);
        assertThat(type.getObjectFromDbValue(3.0)).isEqualTo(3.0);

        Map<String, Object> onPay = type.getVelocityParameters(issue(Map.of(), 2.0), field(), null);
        assertThat((List<?>) onPay.get("raidOptions")).extracting("value").containsExactly("1", "2", "3");
        assertThat(onPay.get("raidText")).isEqualTo("2 \u00b7 " + threeByThree.probabilityLabel(2));
        RaidImpactFieldType impact = new RaidImpactFieldType(persister, configs, matrices, i18n);
        assertThat(impact.getVelocityParameters(issue(Map.of(), 3.0), field(), null).get("raidText"))
                .isEqualTo("3 \u00b7 " + threeByThree.impactLabel(3));
    }

    @Test
    void aDateIsOneDayTypedAndShownAsIso() {
        RaidDateFieldType type = new RaidDateFieldType(persister, configs, i18n);

        Date stored = type.getSingularObjectFromString("2026-03-01");

        assertThat(stored.toInstant()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(type.getStringFromSingularObject(stored)).isEqualTo("2026-03-01");
        assertThat(type.getDbValueFromObject(stored)).isInstanceOf(java.sql.Timestamp.class);
        assertThatThrownBy(() -> type.getSingularObjectFromString("01/03/2026"))
                .hasMessage(i18n.getText("pmo.raid.error.date.format", "yyyy-MM-dd", "01/03/2026"));
        assertThat(type.getVelocityParameters(issue(Map.of(), stored), field(), null))
                .containsEntry("raidText", "2026-03-01");
    }

    @Test
    void theOwnerIsTypedByUsernameStoredByKeyAndShownByName() {
        UserManager users = mock(UserManager.class);
        ApplicationUser dana = mock(ApplicationUser.class);
        when(dana.getKey()).thenReturn("JIRAUSER10100");
        when(dana.getDisplayName()).thenReturn("Dana <b>Scully</b>");
        when(users.getUserByName("dana")).thenReturn(dana);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(dana);
        JiraRaidOwners owners = mock(JiraRaidOwners.class);
        RaidOwnerFieldType type = new RaidOwnerFieldType(persister, configs, i18n, users, owners);

        assertThat(type.getSingularObjectFromString("dana")).isEqualTo("JIRAUSER10100");
        assertThat(type.getSingularObjectFromString("JIRAUSER10100")).isEqualTo("JIRAUSER10100");
        org.mockito.Mockito.verifyNoInteractions(owners);
        assertThatThrownBy(() -> type.getSingularObjectFromString("nobody"))
                .hasMessage(i18n.getText("pmo.raid.error.owner.unknown", "nobody"));
        assertThat(type.getVelocityParameters(issue(Map.of(), "JIRAUSER10100"), field(), null))
                .containsEntry("raidText", "Dana <b>Scully</b>");
    }

    /** Typed text is read to validate input that may never be stored; only a stored owner is recorded. */
    @Test
    void anOwnerIsRecordedWhenJiraStoresTheValue() {
        JiraRaidOwners owners = mock(JiraRaidOwners.class);
        RaidOwnerFieldType type = new RaidOwnerFieldType(persister, configs, i18n, mock(UserManager.class), owners);

        type.createValue(field(), issue(Map.of(), null), "JIRAUSER10100");
        type.updateValue(field(), issue(Map.of(), null), "JIRAUSER10200");
        type.updateValue(field(), issue(Map.of(), null), null);

        org.mockito.Mockito.verify(owners).seen("JIRAUSER10100");
        org.mockito.Mockito.verify(owners).seen("JIRAUSER10200");
        org.mockito.Mockito.verify(owners).seen(null);
        org.mockito.Mockito.verifyNoMoreInteractions(owners);
    }

    @Test
    void aResponsePlanKeepsItsTextAndRefusesWhatIsTooLong() {
        RaidResponsePlanFieldType type = new RaidResponsePlanFieldType(persister, configs, i18n);

        assertThat(type.getSingularObjectFromString("<script>alert(1)</script>\nsecond line"))
                .isEqualTo("<script>alert(1)</script>\nsecond line");
        assertThat(type.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_UNLIMITED_TEXT);
        assertThatThrownBy(() -> type.getSingularObjectFromString("x".repeat(32_768)))
                .isInstanceOf(FieldValidationException.class);
    }

    @Test
    void dependsOnIsAnIssueKeyInUpperCase() {
        RaidDependsOnFieldType type = new RaidDependsOnFieldType(persister, configs, i18n);

        assertThat(type.getSingularObjectFromString("pay-12")).isEqualTo("PAY-12");
        assertThatThrownBy(() -> type.getSingularObjectFromString("PAY 12"))
                .hasMessage(i18n.getText("pmo.raid.error.dependson.format", "PAY 12"));
    }

    @Test
    void theScoreIsProbabilityTimesImpactWithTheProjectsBand() {
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        CustomField probability = raidField(RaidCustomField.PROBABILITY, 10101L);
        CustomField impact = raidField(RaidCustomField.IMPACT, 10102L);
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(probability, impact));
        RaidScoreFieldType type = new RaidScoreFieldType(customFields, matrices, i18n);

        Issue rated = issue(Map.of(probability, 4.0, impact, 5.0), null);
        Issue halfRated = issue(Map.of(probability, 4.0), null);

        assertThat(type.getValueFromIssue(field(), rated)).isEqualTo(20.0);
        assertThat(type.getValueFromIssue(field(), halfRated)).isNull();
        assertThat(type.getStringFromSingularObject(20.0)).isEqualTo("20");
        Map<String, Object> shown = type.getVelocityParameters(rated, field(), null);
        assertThat(shown).containsEntry("raidText", "20").containsEntry("raidBandLabel",
                matrices.portfolioDefault().matrix().bandOf(20).label());
        assertThat(type.getVelocityParameters(halfRated, field(), null)).containsEntry("raidText", "")
                .doesNotContainKey("raidBandLabel");
        assertThatThrownBy(() -> type.getSingularObjectFromString("many")).isInstanceOf(FieldValidationException.class);
    }

    @Test
    void withoutItsRatingFieldsTheScoreIsEmpty() {
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customFields.getCustomFieldObjects()).thenReturn(List.of());

        assertThat(new RaidScoreFieldType(customFields, matrices, i18n).getValueFromIssue(field(),
                issue(Map.of(), null))).isNull();
    }

    private static CustomField field() {
        return mock(CustomField.class);
    }

    private static CustomField raidField(RaidCustomField raid, long id) {
        CustomField field = mock(CustomField.class);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(RaidFieldTypes.typeKey(raid));
        when(field.getIdAsLong()).thenReturn(id);
        doReturn(type).when(field).getCustomFieldType();
        return field;
    }

    /** An issue of PAY whose fields hold these values, and any other field the given one. */
    private static Issue issue(Map<CustomField, Object> values, Object anyOther) {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(PAY.id());
        when(project.getKey()).thenReturn(PAY.key());
        when(project.getName()).thenReturn(PAY.name());
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getCustomFieldValue(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> values.containsKey(call.getArgument(0)) ? values.get(call.getArgument(0))
                        : anyOther);
        return issue;
    }
}
