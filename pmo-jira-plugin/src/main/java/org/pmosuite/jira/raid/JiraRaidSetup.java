package org.pmosuite.jira.raid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.operation.IssueOperation;
import com.atlassian.jira.issue.operation.IssueOperations;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.setup.ProjectScreen;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.core.raid.setup.RaidSetupChange;
import org.pmosuite.core.raid.setup.RaidSetupHost;
import org.pmosuite.core.raid.setup.RaidSetupPlan;
import org.pmosuite.core.raid.setup.RaidSetupState;
import org.pmosuite.core.raid.setup.ScreenOperation;
import org.pmosuite.jira.raid.field.RaidFieldTypes;
import org.springframework.stereotype.Component;

/**
 * RAID setup in Jira: fields of the app's RAID field types (global context, every issue type), the RAID issue types
 * in the project's issue type scheme, and the fields on the screens the project uses for those issue types. Every
 * change checks first whether it is in place, so applying twice changes nothing.
 *
 * <p>The screens are those of the RAID issue types in the project's issue type screen scheme; a RAID type that does
 * not exist yet will use the scheme's default entry, so that one counts too. How many projects share a scheme or a
 * screen is counted over every project: a rare administration step, and Jira keeps schemes in memory.
 */
@Component
public class JiraRaidSetup implements RaidSetupHost {


    private final CustomFieldManager customFields;
    private final IssueTypeManager issueTypes;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final IssueTypeScreenSchemeManager screenSchemes;
    private final FieldScreenManager screens;
    private final ProjectManager projects;
    private final I18nResolver i18n;

    public JiraRaidSetup(CustomFieldManager customFields, IssueTypeManager issueTypes,
            IssueTypeSchemeManager issueTypeSchemes, IssueTypeScreenSchemeManager screenSchemes,
            FieldScreenManager screens, ProjectManager projects, I18nResolver i18n) {
        this.customFields = customFields;
        this.issueTypes = issueTypes;
        this.issueTypeSchemes = issueTypeSchemes;
        this.screenSchemes = screenSchemes;
        this.screens = screens;
        this.projects = projects;
        this.i18n = i18n;
    }

    @Override
    public RaidSetupState state(ProjectRef ref) {
        Project project = project(ref);
        Map<RaidCustomField, CustomField> fields = RaidFieldTypes.existing(customFields);
        Set<String> typeNames = new LinkedHashSet<>();
        issueTypes.getIssueTypes().forEach(type -> typeNames.add(type.getName()));
        Set<String> projectTypes = new LinkedHashSet<>();
        issueTypeSchemes.getIssueTypesForProject(project).forEach(type -> projectTypes.add(type.getName()));
        FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
        Map<Long, Set<ScreenOperation>> used = screensOf(project);
        Map<Long, Set<Long>> screenUsers = new HashMap<>();
        Set<Long> schemeProjects = new HashSet<>(Set.of(project.getId()));
        for (Project other : projects.getProjectObjects()) {
            FieldConfigScheme otherScheme = issueTypeSchemes.getConfigScheme(other);
            if (otherScheme != null && scheme != null && Objects.equals(otherScheme.getId(), scheme.getId())) {
                schemeProjects.add(other.getId());
            }
            Set<Long> otherScreens = Objects.equals(other.getId(), project.getId()) ? used.keySet()
                    : screensOf(other).keySet();
            for (Long screen : otherScreens) {
                if (used.containsKey(screen)) {
                    screenUsers.computeIfAbsent(screen, id -> new HashSet<>()).add(other.getId());
                }
            }
        }
        List<ProjectScreen> projectScreens = new ArrayList<>();
        used.forEach((id, operations) -> {
            FieldScreen screen = screens.getFieldScreen(id);
            Set<RaidCustomField> onScreen = EnumSet.noneOf(RaidCustomField.class);
            fields.forEach((raid, field) -> {
                if (screen.containsField(field.getId())) {
                    onScreen.add(raid);
                }
            });
            Set<Long> users = new HashSet<>(screenUsers.getOrDefault(id, Set.of()));
            users.add(project.getId());
            projectScreens.add(new ProjectScreen(id.toString(), screen.getName(), operations, onScreen, users));
        });
        return new RaidSetupState(fields.keySet(), typeNames, projectTypes,
                scheme == null ? "" : scheme.getName(), schemeProjects, projectScreens);
    }

    /** The screens the project uses for RAID issue types, each with what it is used for. */
    private Map<Long, Set<ScreenOperation>> screensOf(Project project) {
        IssueTypeScreenScheme scheme = screenSchemes.getIssueTypeScreenScheme(project);
        Map<Long, Set<ScreenOperation>> used = new LinkedHashMap<>();
        if (scheme == null) {
            return used;
        }
        List<FieldScreenScheme> screenSchemesUsed = new ArrayList<>();
        for (RaidType type : RaidType.values()) {
            issueType(RaidSetupPlan.issueTypeName(type))
                    .ifPresent(issueType -> screenSchemesUsed.add(scheme.getEffectiveFieldScreenScheme(issueType)));
        }
        if (scheme.getEntity(null) != null) {
            screenSchemesUsed.add(scheme.getEntity(null).getFieldScreenScheme());
        }
        for (FieldScreenScheme screenScheme : screenSchemesUsed) {
            for (ScreenOperation operation : ScreenOperation.values()) {
                FieldScreen screen = screenScheme.getFieldScreen(issueOperation(operation));
                if (screen != null) {
                    used.computeIfAbsent(screen.getId(), id -> EnumSet.noneOf(ScreenOperation.class)).add(operation);
                }
            }
        }
        return used;
    }

    private static IssueOperation issueOperation(ScreenOperation operation) {
        return switch (operation) {
            case CREATE -> IssueOperations.CREATE_ISSUE_OPERATION;
            case EDIT -> IssueOperations.EDIT_ISSUE_OPERATION;
            case VIEW -> IssueOperations.VIEW_ISSUE_OPERATION;
        };
    }

    @Override
    public void apply(Actor actor, ProjectRef ref, RaidSetupChange change) {
        Project project = project(ref);
        if (change instanceof RaidSetupChange.CreateField create) {
            createField(create.field());
        } else if (change instanceof RaidSetupChange.CreateIssueType create) {
            if (issueType(create.issueType()).isEmpty()) {
                issueTypes.createIssueType(create.issueType(),
                        i18n.getText("pmo.raid.setup.issuetype.description", create.issueType()), null);
            }
        } else if (change instanceof RaidSetupChange.AddIssueType add) {
            IssueType type = issueType(add.issueType())
                    .orElseThrow(() -> new IllegalStateException("There is no issue type " + add.issueType()));
            Collection<IssueType> current = issueTypeSchemes.getIssueTypesForProject(project);
            if (current.stream().noneMatch(t -> t.getId().equals(type.getId()))) {
                List<String> ids = new ArrayList<>();
                current.forEach(t -> ids.add(t.getId()));
                ids.add(type.getId());
                issueTypeSchemes.update(issueTypeSchemes.getConfigScheme(project), ids);
            }
        } else if (change instanceof RaidSetupChange.AddFieldToScreen add) {
            CustomField field = RaidFieldTypes.existing(customFields).get(add.field());
            if (field == null) {
                throw new IllegalStateException("There is no field of type " + RaidFieldTypes.typeKey(add.field()));
            }
            FieldScreen screen = screens.getFieldScreen(Long.valueOf(add.screenId()));
            if (screen == null) {
                throw new IllegalStateException("There is no screen " + add.screenId());
            }
            if (!screen.containsField(field.getId())) {
                screen.getTab(0).addFieldScreenLayoutItem(field.getId());
            }
        }
    }

    private void createField(RaidCustomField raid) {
        if (RaidFieldTypes.existing(customFields).containsKey(raid)) {
            return;
        }
        CustomFieldType<?, ?> type = customFields.getCustomFieldType(RaidFieldTypes.typeKey(raid));
        if (type == null) {
            throw new IllegalStateException("The field type " + RaidFieldTypes.typeKey(raid) + " is not enabled");
        }
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(RaidFieldTypes.searcherKey(raid));
        List<JiraContextNode> contexts = List.of(GlobalIssueContext.getInstance());
        // One null issue type: every issue type (an empty list would mean none).
        List<IssueType> everyIssueType = Collections.singletonList(null);
        try {
            customFields.createCustomField(raid.defaultName(), i18n.getText("pmo.raid.setup.field.description"),
                    type, searcher, contexts, everyIssueType);
        } catch (Exception e) {
            throw new IllegalStateException("Jira could not create the field " + raid.defaultName(), e);
        }
    }

    private Optional<IssueType> issueType(String name) {
        return issueTypes.getIssueTypes().stream().filter(type -> type.getName().equals(name)).findFirst();
    }

    private Project project(ProjectRef ref) {
        Project project = projects.getProjectObj(ref.id());
        if (project == null) {
            throw new IllegalStateException("Jira has no project with id " + ref.id());
        }
        return project;
    }
}
