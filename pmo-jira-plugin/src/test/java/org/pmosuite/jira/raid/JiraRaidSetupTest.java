package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.operation.IssueOperations;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.core.raid.setup.RaidSetupChange;
import org.pmosuite.core.raid.setup.RaidSetupHost;
import org.pmosuite.core.raid.setup.RaidSetupHostContract;
import org.pmosuite.core.raid.setup.RaidSetupPlan;
import org.pmosuite.core.raid.setup.ScreenOperation;
import org.pmosuite.jira.raid.field.RaidFieldTypes;

/**
 * The Jira adapter of RAID setup over a Jira of mocks that keeps state: fields, issue types, two projects with an
 * issue type scheme each, and screen schemes whose screens hold field ids. It must pass the port's contract, and
 * call Jira's APIs as documented: fields by type and searcher key in the global context for every issue type.
 */
class JiraRaidSetupTest extends RaidSetupHostContract {

    private static final ProjectRef PAY = new ProjectRef(11, "PAY", "Payments");
    private static final ProjectRef HR = new ProjectRef(10, "HR", "People");

    private final FakeJira jira = new FakeJira();
    private final JiraRaidSetup setup = jira.setup();

    @Override
    protected RaidSetupHost host() {
        return setup;
    }

    @Override
    protected ProjectRef first() {
        return PAY;
    }

    @Override
    protected ProjectRef second() {
        return HR;
    }

    @Test
    void createsEachFieldByItsTypeAndSearcherInTheGlobalContextForEveryIssueType() throws Exception {
        setup.apply(ADMIN, PAY, new RaidSetupChange.CreateField(RaidCustomField.PROBABILITY));

        verify(jira.customFields).createCustomField(eq("RAID Probability"), anyString(),
                eq(jira.types.get(RaidFieldTypes.typeKey(RaidCustomField.PROBABILITY))),
                eq(jira.searchers.get(RaidFieldTypes.SYSTEM + "numberrange")),
                eq(List.of(GlobalIssueContext.getInstance())), eq(java.util.Collections.singletonList(null)));
        assertThat(setup.state(PAY).existingFields()).containsExactly(RaidCustomField.PROBABILITY);
    }

    @Test
    void aRenamedFieldIsStillFoundByItsType() {
        setup.apply(ADMIN, PAY, new RaidSetupChange.CreateField(RaidCustomField.CATEGORY));
        when(jira.fields.get(0).getName()).thenReturn("Risk category");

        setup.apply(ADMIN, PAY, new RaidSetupChange.CreateField(RaidCustomField.CATEGORY));

        assertThat(jira.fields).hasSize(1);
        assertThat(setup.state(PAY).existingFields()).contains(RaidCustomField.CATEGORY);
    }

    @Test
    void theScreensAreThoseOfTheRaidIssueTypesAndOfTheDefaultEntryWithTheirOperations() {
        setup.apply(ADMIN, PAY, new RaidSetupChange.CreateIssueType("Risk"));
        jira.payRisksViewedApart = true;
        RaidSetupPlan plan = RaidSetupPlan.of(PAY, setup.state(PAY));

        // Both projects create and edit on the shared screen; each views on its own, and PAY's Risks on another.
        assertThat(setup.state(PAY).screens()).extracting(s -> s.name(), s -> s.operations(), s -> s.projectIds())
                .containsExactlyInAnyOrder(
                        tuple("Default Screen", Set.of(ScreenOperation.CREATE, ScreenOperation.EDIT),
                                Set.of(PAY.id(), HR.id())),
                        tuple("PAY: View Screen", Set.of(ScreenOperation.VIEW), Set.of(PAY.id())),
                        tuple("PAY: Risk View Screen", Set.of(ScreenOperation.VIEW), Set.of(PAY.id())));
        assertThat(plan.changes()).filteredOn(change -> change instanceof RaidSetupChange.AddFieldToScreen add
                && add.screenName().equals("Default Screen")).hasSize(11)
                .allSatisfy(change -> assertThat(change.messageKey()).endsWith(".addfield.shared"));
        assertThat(plan.changes()).filteredOn(RaidSetupChange.AddIssueType.class::isInstance)
                .allSatisfy(change -> assertThat(change.messageKey()).endsWith(".addissuetype"));
    }

    @Test
    void addsAnIssueTypeToTheProjectsOwnSchemeKeepingTheOthers() {
        setup.apply(ADMIN, PAY, new RaidSetupChange.CreateIssueType("Dependency"));
        setup.apply(ADMIN, PAY, new RaidSetupChange.AddIssueType("Dependency", "PAY scheme", 1));

        verify(jira.issueTypes).createIssueType(eq("Dependency"), anyString(), isNull());
        assertThat(jira.projectTypes.get(PAY.id())).extracting(IssueType::getName)
                .containsExactly("Story", "Bug", "Dependency");
        assertThat(jira.projectTypes.get(HR.id())).extracting(IssueType::getName).containsExactly("Story", "Bug");
    }

    @Test
    void changesAlreadyInPlaceCallNoWritingApi() throws Exception {
        RaidSetupPlan plan = RaidSetupPlan.of(PAY, setup.state(PAY));
        plan.changes().forEach(change -> setup.apply(ADMIN, PAY, change));
        int screenWrites = jira.screenWrites;

        plan.changes().forEach(change -> setup.apply(ADMIN, PAY, change));

        verify(jira.customFields, times(RaidCustomField.values().length))
                .createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        verify(jira.issueTypes, times(4)).createIssueType(anyString(), anyString(), any());
        verify(jira.schemes, times(4)).update(any(), anyCollection());
        assertThat(jira.screenWrites).isEqualTo(screenWrites);
    }

    @Test
    void aFieldTypeThatIsNotEnabledIsAnErrorNotASilentSkip() throws Exception {
        jira.types.remove(RaidFieldTypes.typeKey(RaidCustomField.SCORE));

        assertThatThrownBy(
                () -> setup.apply(ADMIN, PAY, new RaidSetupChange.CreateField(RaidCustomField.SCORE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("raid-score-field");
        verify(jira.customFields, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(),
                anyList());
    }

    /** A Jira of mocks with state. */
    private static final class FakeJira {
        final CustomFieldManager customFields = mock(CustomFieldManager.class);
        final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
        final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
        final IssueTypeScreenSchemeManager screenSchemes = mock(IssueTypeScreenSchemeManager.class);
        final FieldScreenManager screens = mock(FieldScreenManager.class);
        final ProjectManager projects = mock(ProjectManager.class);
        final I18nResolver i18n = mock(I18nResolver.class);
        final List<CustomField> fields = new ArrayList<>();
        final List<IssueType> allTypes = new ArrayList<>();
        final Map<Long, List<IssueType>> projectTypes = new HashMap<>();
        final Map<String, CustomFieldType<?, ?>> types = new HashMap<>();
        final Map<String, CustomFieldSearcher> searchers = new HashMap<>();
        int screenWrites;
        /** Whether an administrator has mapped PAY's Risk issue type to a screen scheme of its own. */
        boolean payRisksViewedApart;

        FakeJira() {
            when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
            when(i18n.getText(anyString(), any(java.io.Serializable[].class)))
                    .thenAnswer(call -> call.getArgument(0));
            for (RaidCustomField raid : RaidCustomField.values()) {
                CustomFieldType<?, ?> type = mock(CustomFieldType.class);
                when(type.getKey()).thenReturn(RaidFieldTypes.typeKey(raid));
                types.put(RaidFieldTypes.typeKey(raid), type);
                searchers.putIfAbsent(RaidFieldTypes.searcherKey(raid), mock(CustomFieldSearcher.class));
            }
            when(customFields.getCustomFieldType(anyString())).thenAnswer(call -> types.get(call.getArgument(0)));
            when(customFields.getCustomFieldSearcher(anyString()))
                    .thenAnswer(call -> searchers.get(call.getArgument(0)));
            when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(fields));
            try {
                when(customFields.createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList()))
                        .thenAnswer(call -> {
                            CustomField field = mock(CustomField.class);
                            long id = 10_000L + fields.size();
                            when(field.getId()).thenReturn("customfield_" + id);
                            when(field.getIdAsLong()).thenReturn(id);
                            when(field.getName()).thenReturn(call.getArgument(0));
                            doReturn(call.getArgument(2)).when(field).getCustomFieldType();
                            fields.add(field);
                            return field;
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            type("Story");
            type("Bug");
            when(issueTypes.getIssueTypes()).thenAnswer(call -> List.copyOf(allTypes));
            when(issueTypes.createIssueType(anyString(), anyString(), any()))
                    .thenAnswer(call -> type(call.getArgument(0)));

            FieldScreen shared = screen(1L, "Default Screen");
            FieldScreenScheme payRiskScheme = screenScheme(shared, shared, screen(2L, "PAY: Risk View Screen"));
            List<Project> all = new ArrayList<>();
            for (ProjectRef ref : List.of(HR, PAY)) {
                FieldScreenScheme sharedScheme = screenScheme(shared, shared,
                        screen(3L + ref.id(), ref.key() + ": View Screen"));
                Project project = mock(Project.class);
                when(project.getId()).thenReturn(ref.id());
                when(project.getKey()).thenReturn(ref.key());
                when(projects.getProjectObj(ref.id())).thenReturn(project);
                all.add(project);
                projectTypes.put(ref.id(), new ArrayList<>(allTypes));
                FieldConfigScheme scheme = mock(FieldConfigScheme.class);
                when(scheme.getId()).thenReturn(100L + ref.id());
                when(scheme.getName()).thenReturn(ref.key() + " scheme");
                when(schemes.getConfigScheme(project)).thenReturn(scheme);
                when(schemes.getIssueTypesForProject(project))
                        .thenAnswer(call -> List.copyOf(projectTypes.get(ref.id())));
                when(schemes.update(eq(scheme), anyCollection())).thenAnswer(call -> {
                    Collection<String> ids = call.getArgument(1);
                    projectTypes.put(ref.id(), new ArrayList<>(allTypes.stream()
                            .filter(t -> ids.contains(t.getId())).toList()));
                    return scheme;
                });
                IssueTypeScreenScheme itss = mock(IssueTypeScreenScheme.class);
                IssueTypeScreenSchemeEntity defaultEntry = mock(IssueTypeScreenSchemeEntity.class);
                when(defaultEntry.getFieldScreenScheme()).thenReturn(sharedScheme);
                when(itss.getEntity(null)).thenReturn(defaultEntry);
                when(itss.getEffectiveFieldScreenScheme(any())).thenAnswer(call -> {
                    IssueType type = call.getArgument(0);
                    return ref == PAY && payRisksViewedApart && type.getName().equals("Risk") ? payRiskScheme
                            : sharedScheme;
                });
                when(screenSchemes.getIssueTypeScreenScheme(project)).thenReturn(itss);
            }
            when(projects.getProjectObjects()).thenReturn(all);
        }

        JiraRaidSetup setup() {
            return new JiraRaidSetup(customFields, issueTypes, schemes, screenSchemes, screens, projects, i18n);
        }

        private IssueType type(String name) {
            IssueType type = mock(IssueType.class);
            when(type.getId()).thenReturn(Integer.toString(allTypes.size() + 1));
            when(type.getName()).thenReturn(name);
            allTypes.add(type);
            return type;
        }

        private FieldScreen screen(long id, String name) {
            Set<String> held = new HashSet<>();
            FieldScreen screen = mock(FieldScreen.class);
            FieldScreenTab tab = mock(FieldScreenTab.class);
            when(screen.getId()).thenReturn(id);
            when(screen.getName()).thenReturn(name);
            when(screen.getTab(0)).thenReturn(tab);
            when(screen.containsField(anyString())).thenAnswer(call -> held.contains(call.<String>getArgument(0)));
            doAnswer(call -> {
                screenWrites++;
                held.add(call.getArgument(0));
                return null;
            }).when(tab).addFieldScreenLayoutItem(anyString());
            when(screens.getFieldScreen(id)).thenReturn(screen);
            return screen;
        }

        private static FieldScreenScheme screenScheme(FieldScreen create, FieldScreen edit, FieldScreen view) {
            FieldScreenScheme scheme = mock(FieldScreenScheme.class);
            when(scheme.getFieldScreen(IssueOperations.CREATE_ISSUE_OPERATION)).thenReturn(create);
            when(scheme.getFieldScreen(IssueOperations.EDIT_ISSUE_OPERATION)).thenReturn(edit);
            when(scheme.getFieldScreen(IssueOperations.VIEW_ISSUE_OPERATION)).thenReturn(view);
            return scheme;
        }
    }
}
