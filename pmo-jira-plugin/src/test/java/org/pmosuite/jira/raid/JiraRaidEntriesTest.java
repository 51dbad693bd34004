package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.EnglishRiskMatrixTexts;
import org.pmosuite.core.raid.InMemoryRiskMatrixRepository;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidEntryChange;
import org.pmosuite.core.raid.RaidEntryDraft;
import org.pmosuite.core.raid.RaidEntryNotEditableException;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RiskMatrixService;
import org.pmosuite.core.raid.RoamStatus;
import org.pmosuite.core.raid.StaleRaidEntryException;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.platform.BundleI18nResolver;
import org.pmosuite.jira.raid.field.RaidCategoryFieldType;
import org.pmosuite.jira.raid.field.RaidDateFieldType;
import org.pmosuite.jira.raid.field.RaidDependsOnFieldType;
import org.pmosuite.jira.raid.field.RaidFieldTypes;
import org.pmosuite.jira.raid.field.RaidImpactFieldType;
import org.pmosuite.jira.raid.field.RaidOwnerFieldType;
import org.pmosuite.jira.raid.field.RaidProbabilityFieldType;
import org.pmosuite.jira.raid.field.RaidResponsePlanFieldType;
import org.pmosuite.jira.raid.field.RaidRoamFieldType;

/**
 * RAID entries through Jira's issue service, over a Jira of mocks that stores what is written the way the app's field
 * types read it from a screen (the real field types turn each parameter into the stored value). Writes are
 * validated first and made as the actor; updates send only what changed; Jira's refusals come back per field.
 */
class JiraRaidEntriesTest {

    private static final Actor PM = new Actor("pm-key", "Pat");
    private static final ProjectRef PAY = new ProjectRef(10001L, "PAY", "Payments");
    private static final Instant CREATED = Instant.parse("2026-11-30T10:00:00Z");

    private final FakeJira jira = new FakeJira();
    private final JiraRaidEntries entries = new JiraRaidEntries(jira.issueService, jira.issueTypes,
            jira.issueManager, jira.permissions, jira.customFields, jira.users, jira.owners);
    private final RiskMatrix matrix = new RiskMatrixService(new InMemoryRiskMatrixRepository(),
            new EnglishRiskMatrixTexts()).portfolioDefault().matrix();

    private RaidEntryChange creation(Map<String, Object> fields) {
        return RaidEntryDraft.of(fields).validateCreate(matrix);
    }

    @Test
    void anEntryIsCreatedAsTheActorWithItsIssueTypeAndEveryGivenField() {
        RaidEntry created = entries.create(PM, PAY, creation(Map.of("summary", "Vendor may fold", "type", "risk",
                "probability", 5, "impact", 4, "owner", "pm-key", "roam", "OWNED", "responsePlan", "<b>escrow</b>",
                "reviewDate", "2026-12-10")));

        assertThat(jira.lastInput.values).containsEntry("project", "10001").containsEntry("summary", "Vendor may fold")
                .containsEntry("issuetype", "3").containsEntry("reporter", "pat");
        assertThat(jira.lastInput.values).doesNotContainKey(jira.id(RaidCustomField.SCORE))
                .doesNotContainKey(jira.id(RaidCustomField.NEED_BY));
        verify(jira.issueService).validateCreate(eq(jira.pat), any());
        assertThat(created.issueKey()).isEqualTo("PAY-1");
        assertThat(created.type()).isEqualTo(RaidType.RISK);
        assertThat(created.score()).isEqualTo(20);
        assertThat(created.ownerName()).isEqualTo("Pat Doe");
        assertThat(created.roam()).isEqualTo(RoamStatus.OWNED);
        assertThat(created.responsePlan()).isEqualTo("<b>escrow</b>");
        assertThat(created.reviewDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(created.updated()).isEqualTo(CREATED);
        assertThat(entries.find(PM, "PAY-1")).contains(created);
        verify(jira.owners, org.mockito.Mockito.atLeastOnce()).seen("pm-key");
    }

    @Test
    void anUpdateSendsOnlyTheChangedFieldsKeepsTheRestAndClearsWithAnEmptyValue() {
        RaidEntry created = entries.create(PM, PAY, creation(Map.of("summary", "Vendor may fold", "type", "risk",
                "probability", 5, "impact", 4, "reviewDate", "2026-12-10")));
        Map<String, Object> change = new HashMap<>();
        change.put("impact", 2);
        change.put("reviewDate", null);

        RaidEntry updated = entries.update(PM, "PAY-1", RaidEntryDraft.of(change).validateUpdate(created, matrix),
                created.updated());

        assertThat(jira.lastInput.values).containsOnlyKeys(jira.id(RaidCustomField.IMPACT),
                jira.id(RaidCustomField.REVIEW_DATE));
        assertThat(jira.lastInput.values.get(jira.id(RaidCustomField.REVIEW_DATE))).isEqualTo("");
        assertThat(jira.lastInput.retained).isTrue();
        assertThat(updated.impact()).isEqualTo(2);
        assertThat(updated.probability()).isEqualTo(5);
        assertThat(updated.reviewDate()).isNull();
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedBeforeJiraIsAsked() {
        RaidEntry created = entries.create(PM, PAY, creation(Map.of("summary", "Vendor may fold", "type", "risk")));
        jira.touch("PAY-1", Instant.parse("2026-11-30T11:00:00Z"));

        assertThatThrownBy(() -> entries.update(PM, "PAY-1", RaidEntryDraft.of(Map.of("impact", 2))
                .validateUpdate(created, matrix), created.updated())).isInstanceOf(StaleRaidEntryException.class);
        verify(jira.issueService, never()).validateUpdate(any(), anyLong(), any());
    }

    @Test
    void jirasRefusalsComeBackUnderTheRestApisFieldNames() {
        jira.refuse = Map.of(jira.id(RaidCustomField.PROBABILITY), "Not on the screen", "summary", "Too long");

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> entries.create(
                PM, PAY, creation(Map.of("summary", "Vendor may fold", "type", "risk", "probability", 3))));

        assertThat(refused.errors()).containsExactlyInAnyOrder(
                FieldError.of("probability", "pmo.raid.error.jira", "Not on the screen"),
                FieldError.of("summary", "pmo.raid.error.jira", "Too long"));
        verify(jira.issueService, never()).create(any(), any());
    }

    @Test
    void noPermissionToCreateIsA403NotAFormError() {
        jira.forbidden = true;

        assertThatThrownBy(() -> entries.create(PM, PAY, creation(Map.of("summary", "S", "type", "issue"))))
                .isInstanceOf(RaidEntryNotEditableException.class);
    }

    @Test
    void anIssueTheActorMayNotBrowseOrWithoutARaidTypeIsNotAnEntry() {
        entries.create(PM, PAY, creation(Map.of("summary", "Vendor may fold", "type", "risk")));
        jira.plainIssue("PAY-2");

        assertThat(entries.find(PM, "PAY-2")).isEmpty();
        assertThat(entries.find(PM, "PAY-404")).isEmpty();
        jira.hidden.add("PAY-1");
        assertThat(entries.find(PM, "PAY-1")).isEmpty();
    }

    @Test
    void aDependencyShowsWhetherTheIssueItWaitsForIsDoneWhenTheActorMaySeeIt() {
        jira.plainIssue("OPS-7");
        jira.finish("OPS-7");
        entries.create(PM, PAY, creation(Map.of("summary", "API from OPS", "type", "dependency",
                "dependsOn", "OPS-7", "needBy", "2026-12-01")));

        assertThat(entries.find(PM, "PAY-1").orElseThrow().dependsOnResolved()).isTrue();
        jira.hidden.add("OPS-7");
        assertThat(entries.find(PM, "PAY-1").orElseThrow().dependsOnResolved()).isNull();
    }

    @Test
    void withoutTheRaidFieldsNothingIsWrittenAndTheMissingOnesAreNamed() {
        jira.fields.remove(RaidCustomField.OWNER);

        assertThatThrownBy(() -> entries.create(PM, PAY, creation(Map.of("summary", "S", "type", "risk"))))
                .isInstanceOfSatisfying(RaidFieldsNotConfiguredException.class,
                        e -> assertThat(e.missingFields()).containsExactly("RAID Owner"));
        verify(jira.issueService, never()).validateCreate(any(), any());
    }

    /** A Jira of mocks: issues in memory, written through IssueService by the app's real field types. */
    private static final class FakeJira {
        final IssueService issueService = mock(IssueService.class);
        final IssueManager issueManager = mock(IssueManager.class);
        final PermissionManager permissions = mock(PermissionManager.class);
        final CustomFieldManager customFields = mock(CustomFieldManager.class);
        final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
        final UserManager users = mock(UserManager.class);
        final ApplicationUser pat = mock(ApplicationUser.class);
        final JiraRaidOwners owners = mock(JiraRaidOwners.class);
        final Map<RaidCustomField, CustomField> fields = new LinkedHashMap<>();
        final Map<String, AbstractCustomFieldType<?, ?>> typeOfField = new HashMap<>();
        final Map<String, Map<String, Object>> stored = new HashMap<>();
        final Map<String, Instant> updated = new HashMap<>();
        final Map<String, String> statusCategory = new HashMap<>();
        final Set<String> hidden = new java.util.HashSet<>();
        Map<String, String> refuse = Map.of();
        boolean forbidden;
        RecordingInput lastInput;
        private int nextNumber = 1;

        FakeJira() {
            when(pat.getKey()).thenReturn("pm-key");
            when(pat.getUsername()).thenReturn("pat");
            when(pat.getDisplayName()).thenReturn("Pat Doe");
            when(users.getUserByKey("pm-key")).thenReturn(pat);
            when(users.getUserByName("pm-key")).thenReturn(null);
            CustomFieldValuePersister persister = mock(CustomFieldValuePersister.class);
            GenericConfigManager configs = mock(GenericConfigManager.class);
            BundleI18nResolver i18n = new BundleI18nResolver();
            RiskMatrixService matrices = new RiskMatrixService(new InMemoryRiskMatrixRepository(),
                    new EnglishRiskMatrixTexts());
            Map<RaidCustomField, AbstractCustomFieldType<?, ?>> types = new LinkedHashMap<>();
            types.put(RaidCustomField.CATEGORY, new RaidCategoryFieldType(persister, configs, i18n));
            types.put(RaidCustomField.PROBABILITY, new RaidProbabilityFieldType(persister, configs, matrices, i18n));
            types.put(RaidCustomField.IMPACT, new RaidImpactFieldType(persister, configs, matrices, i18n));
            types.put(RaidCustomField.SCORE, null);
            types.put(RaidCustomField.OWNER, new RaidOwnerFieldType(persister, configs, i18n, users, owners));
            types.put(RaidCustomField.ROAM, new RaidRoamFieldType(persister, configs, i18n));
            types.put(RaidCustomField.RESPONSE_PLAN, new RaidResponsePlanFieldType(persister, configs, i18n));
            types.put(RaidCustomField.PROXIMITY, new RaidDateFieldType(persister, configs, i18n));
            types.put(RaidCustomField.REVIEW_DATE, new RaidDateFieldType(persister, configs, i18n));
            types.put(RaidCustomField.VALIDATE_BY, new RaidDateFieldType(persister, configs, i18n));
            types.put(RaidCustomField.DEPENDS_ON, new RaidDependsOnFieldType(persister, configs, i18n));
            types.put(RaidCustomField.NEED_BY, new RaidDateFieldType(persister, configs, i18n));
            long id = 10100;
            for (Map.Entry<RaidCustomField, AbstractCustomFieldType<?, ?>> entry : types.entrySet()) {
                CustomField field = mock(CustomField.class);
                CustomFieldType<?, ?> keyed = mock(CustomFieldType.class);
                when(keyed.getKey()).thenReturn(RaidFieldTypes.typeKey(entry.getKey()));
                doReturn(keyed).when(field).getCustomFieldType();
                when(field.getIdAsLong()).thenReturn(id);
                when(field.getId()).thenReturn("customfield_" + id);
                fields.put(entry.getKey(), field);
                typeOfField.put("customfield_" + id, entry.getValue());
                id++;
            }
            when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(fields.values()));
            List<IssueType> all = new ArrayList<>();
            for (String name : List.of("Story", "Assumption", "Risk", "Issue", "Dependency")) {
                IssueType type = mock(IssueType.class);
                when(type.getId()).thenReturn(Integer.toString(all.size() + 1));
                when(type.getName()).thenReturn(name);
                all.add(type);
            }
            when(issueTypes.getIssueTypes()).thenReturn(all);
            when(issueService.newIssueInputParameters()).thenAnswer(call -> new RecordingInput(this));
            when(permissions.hasPermission(any(), any(com.atlassian.jira.issue.Issue.class), eq(pat)))
                    .thenAnswer(call -> !hidden.contains(((MutableIssue) call.getArgument(1)).getKey()));
            when(issueManager.getIssueByCurrentKey(anyString())).thenAnswer(call -> issue(call.getArgument(0)));
            when(issueService.validateCreate(eq(pat), any())).thenAnswer(call -> new IssueService.CreateValidationResult(
                    null, errors()));
            when(issueService.create(eq(pat), any())).thenAnswer(call -> {
                String key = "PAY-" + nextNumber++;
                stored.put(key, converted(lastInput));
                updated.put(key, CREATED);
                return new IssueService.IssueResult(issue(key), errors());
            });
            when(issueService.validateUpdate(eq(pat), anyLong(), any())).thenAnswer(call ->
                    new IssueService.UpdateValidationResult(null, errors()));
            when(issueService.update(eq(pat), any())).thenAnswer(call -> {
                String key = "PAY-1";
                stored.get(key).putAll(converted(lastInput));
                updated.put(key, updated.get(key).plusSeconds(60));
                return new IssueService.IssueResult(issue(key), errors());
            });
        }

        String id(RaidCustomField field) {
            return fields.get(field).getId();
        }

        void touch(String key, Instant when) {
            updated.put(key, when);
        }

        void plainIssue(String key) {
            stored.put(key, new HashMap<>());
            updated.put(key, CREATED);
        }

        void finish(String key) {
            statusCategory.put(key, "done");
        }

        /** What the field types store for each parameter (an empty one clears the field). */
        private Map<String, Object> converted(RecordingInput input) {
            Map<String, Object> values = new HashMap<>();
            input.values.forEach((name, text) -> {
                AbstractCustomFieldType<?, ?> type = typeOfField.get(name);
                if (type != null) {
                    values.put(name, text.isEmpty() ? null : type.getSingularObjectFromString(text));
                }
            });
            if (input.values.containsKey("summary")) {
                values.put("summary", input.values.get("summary"));
            }
            return values;
        }

        private ErrorCollection errors() {
            ErrorCollection errors = mock(ErrorCollection.class);
            when(errors.hasAnyErrors()).thenReturn(forbidden || !refuse.isEmpty());
            when(errors.getErrors()).thenReturn(refuse);
            when(errors.getErrorMessages()).thenReturn(List.of());
            when(errors.getReasons()).thenReturn(forbidden ? Set.of(ErrorCollection.Reason.FORBIDDEN)
                    : Set.of(ErrorCollection.Reason.VALIDATION_FAILED));
            return errors;
        }

        private MutableIssue issue(String key) {
            Map<String, Object> values = stored.get(key);
            if (values == null) {
                return null;
            }
            MutableIssue issue = mock(MutableIssue.class);
            Project project = mock(Project.class);
            when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
            Status status = mock(Status.class);
            StatusCategory category = mock(StatusCategory.class);
            when(category.getKey()).thenAnswer(call -> statusCategory.getOrDefault(key, "new"));
            when(status.getStatusCategory()).thenReturn(category);
            when(status.getName()).thenReturn("Open");
            when(issue.getKey()).thenReturn(key);
            when(issue.getId()).thenReturn(1L);
            when(issue.getProjectObject()).thenReturn(project);
            when(issue.getSummary()).thenAnswer(call -> values.getOrDefault("summary", "Plain work"));
            when(issue.getStatus()).thenReturn(status);
            when(issue.getUpdated()).thenAnswer(call -> Timestamp.from(updated.get(key)));
            when(issue.getCustomFieldValue(any())).thenAnswer(call -> values.get(((CustomField) call.getArgument(0))
                    .getId()));
            return issue;
        }
    }

    /** The parameters of one create or update, as Jira receives them. */
    private static final class RecordingInput implements IssueInputParameters {
        final Map<String, String> values = new LinkedHashMap<>();
        boolean retained;

        RecordingInput(FakeJira jira) {
            jira.lastInput = this;
        }

        @Override
        public IssueInputParameters setProjectId(Long projectId) {
            values.put("project", projectId.toString());
            return this;
        }

        @Override
        public IssueInputParameters setIssueTypeId(String issueTypeId) {
            values.put("issuetype", issueTypeId);
            return this;
        }

        @Override
        public IssueInputParameters setSummary(String summary) {
            values.put("summary", summary);
            return this;
        }

        @Override
        public IssueInputParameters setDescription(String description) {
            values.put("description", description);
            return this;
        }

        @Override
        public IssueInputParameters setReporterId(String reporterId) {
            values.put("reporter", reporterId);
            return this;
        }

        @Override
        public IssueInputParameters addCustomFieldValue(Long customFieldId, String... given) {
            values.put("customfield_" + customFieldId, String.join(",", given));
            return this;
        }

        @Override
        public void setRetainExistingValuesWhenParameterNotProvided(boolean retain, boolean onlyValidatePresent) {
            retained = retain && onlyValidatePresent;
        }
    }
}
