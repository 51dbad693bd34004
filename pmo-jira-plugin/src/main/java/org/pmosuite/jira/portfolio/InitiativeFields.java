package org.pmosuite.jira.portfolio;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.Estimates;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.jira.portfolio.field.ScoringFieldTypes;

/**
 * The custom fields an initiative's scores and estimates are read from, as Jira has them now, and an issue read into
 * an {@link Initiative} through them. A field that does not exist leaves its input or estimate missing, never 0.
 *
 * <p>The theme is the issue's first label in alphabetical order, else the first of its components by name, else
 * none: labels are how teams usually tag a theme, and components the fallback a project already has. The owner is
 * the assignee. A helper of the adapter, built per call: not a component.
 */
final class InitiativeFields {

    private final Map<ScoringInput, CustomField> inputs;
    private final CustomField storyPoints;
    private final CustomField personDays;
    private final CustomField budget;

    private InitiativeFields(Map<ScoringInput, CustomField> inputs, CustomField storyPoints, CustomField personDays,
            CustomField budget) {
        this.inputs = inputs;
        this.storyPoints = storyPoints;
        this.personDays = personDays;
        this.budget = budget;
    }

    /** The fields by the keys of their types, each the oldest of its type; story points by name and Jira's type. */
    static InitiativeFields of(CustomFieldManager customFields) {
        Map<String, CustomField> byType = new HashMap<>();
        List<CustomField> all = customFields.getCustomFieldObjects();
        if (all != null) {
            all.stream().filter(Objects::nonNull).sorted(Comparator.comparing(CustomField::getIdAsLong))
                    .forEach(field -> {
                        String type = typeKey(field);
                        if (type != null) {
                            byType.putIfAbsent(type, field);
                        }
                    });
        }
        Map<ScoringInput, CustomField> inputs = new EnumMap<>(ScoringInput.class);
        for (ScoringInput input : ScoringInput.values()) {
            CustomField field = byType.get(ScoringFieldTypes.typeKey(input));
            if (field != null) {
                inputs.put(input, field);
            }
        }
        return new InitiativeFields(inputs, storyPoints(customFields),
                byType.get(ScoringFieldTypes.typeKey(ScoringFieldTypes.PERSON_DAYS)),
                byType.get(ScoringFieldTypes.typeKey(ScoringFieldTypes.BUDGET)));
    }

    private static CustomField storyPoints(CustomFieldManager customFields) {
        Collection<CustomField> named = customFields.getCustomFieldObjectsByName(ScoringFieldTypes.STORY_POINTS_NAME);
        if (named == null) {
            return null;
        }
        return named.stream().filter(Objects::nonNull)
                .filter(field -> ScoringFieldTypes.JIRA_NUMBER_TYPE.equals(typeKey(field)))
                .min(Comparator.comparing(CustomField::getIdAsLong)).orElse(null);
    }

    private static String typeKey(CustomField field) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type == null ? null : type.getKey();
    }

    /** The field that holds the input, when Jira has one. */
    Optional<CustomField> input(ScoringInput input) {
        return Optional.ofNullable(inputs.get(input));
    }

    /** The input a Jira field id ({@code customfield_10100}) holds, for Jira's refusals of a write. */
    Optional<ScoringInput> inputOf(String fieldId) {
        return inputs.entrySet().stream().filter(entry -> entry.getValue().getId().equals(fieldId))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The issue as an initiative, with the values its fields hold now. */
    Initiative read(Issue issue) {
        Map<ScoringInput, Double> values = new EnumMap<>(ScoringInput.class);
        inputs.forEach((input, field) -> {
            Double value = number(issue, field);
            if (value != null) {
                values.put(input, value);
            }
        });
        Project project = issue.getProjectObject();
        Status status = issue.getStatus();
        ApplicationUser assignee = issue.getAssignee();
        return new Initiative(issue.getId(), issue.getKey(),
                new ProjectRef(project.getId(), project.getKey(), project.getName()), issue.getSummary(),
                status.getName(), status.getStatusCategory().getKey(), theme(issue),
                assignee == null ? null : assignee.getKey(), assignee == null ? null : assignee.getDisplayName(),
                ScoringInputs.of(values), new Estimates(number(issue, storyPoints), number(issue, personDays),
                        number(issue, budget)));
    }

    private static Double number(Issue issue, CustomField field) {
        return field != null && issue.getCustomFieldValue(field) instanceof Number number ? number.doubleValue()
                : null;
    }

    static String theme(Issue issue) {
        Collection<Label> labels = issue.getLabels();
        if (labels != null) {
            Optional<String> label = labels.stream().filter(Objects::nonNull).map(Label::getLabel)
                    .filter(text -> text != null && !text.isBlank()).min(Comparator.naturalOrder());
            if (label.isPresent()) {
                return label.get();
            }
        }
        Collection<ProjectComponent> components = issue.getComponents();
        if (components == null) {
            return null;
        }
        return components.stream().filter(Objects::nonNull).map(ProjectComponent::getName)
                .filter(name -> name != null && !name.isBlank()).min(Comparator.naturalOrder()).orElse(null);
    }
}
