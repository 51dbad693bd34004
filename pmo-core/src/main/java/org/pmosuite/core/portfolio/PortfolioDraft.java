package org.pmosuite.core.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringConfigurationDraft;

/**
 * A portfolio as a client sent it, every value possibly missing, so that {@link #validate} reports every problem
 * at once against the field it came from: {@code name}, {@code scope.projects}, {@code scope.issueTypes},
 * {@code scope.jql}, {@code scoring.model}, {@code scoring.criteria[0].weight}, {@code capacity.unit},
 * {@code capacity.amount}, {@code owners}, {@code intakeProject}.
 */
public record PortfolioDraft(String name, String description, List<String> projects, List<String> issueTypes,
        String jql, ScoringConfigurationDraft scoring, String capacityUnit, Double capacityAmount,
        String capacityPeriod, List<String> owners, String intakeProject) {

    public static final int MAX_JQL_LENGTH = 2_000;
    public static final int MAX_OWNERS = 20;
    public static final int MAX_PROJECTS = 1_000;

    /** The draft a stored definition reads back as, to change one field of it. */
    public static PortfolioDraft of(PortfolioDefinition definition) {
        return new PortfolioDraft(definition.name(), definition.description(),
                definition.scope().projectKeys().stream().sorted().toList(),
                definition.scope().issueTypes().stream().sorted().toList(), definition.scope().jql(),
                ScoringConfigurationDraft.of(definition.scoring()), definition.capacity().unit().name(),
                definition.capacity().amount(), definition.capacity().period(), definition.ownerKeys(),
                definition.intakeProjectKey());
    }

    /**
     * Checks what can be checked without the host; {@code hostProblems} adds what only the host knows (projects
     * the actor may not browse, unknown issue types, a JQL Jira refuses, unknown users).
     *
     * @throws InvalidRequestException listing every problem
     */
    public PortfolioDefinition validate(List<FieldError> hostProblems) {
        List<FieldError> errors = new ArrayList<>();
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty()) {
            errors.add(FieldError.of("name", "pmo.portfolio.error.name.required"));
        } else if (trimmedName.length() > PortfolioDefinition.MAX_NAME_LENGTH) {
            errors.add(FieldError.of("name", "pmo.portfolio.error.name.too-long", PortfolioDefinition.MAX_NAME_LENGTH));
        }
        if (description != null && description.length() > PortfolioDefinition.MAX_DESCRIPTION_LENGTH) {
            errors.add(FieldError.of("description", "pmo.portfolio.error.description.too-long",
                    PortfolioDefinition.MAX_DESCRIPTION_LENGTH));
        }
        Set<String> projectKeys = cleaned(projects, true);
        if (projectKeys.isEmpty()) {
            errors.add(FieldError.of("scope.projects", "pmo.portfolio.error.scope.projects.required"));
        } else if (projectKeys.size() > MAX_PROJECTS) {
            errors.add(FieldError.of("scope.projects", "pmo.portfolio.error.scope.projects.too-many", MAX_PROJECTS));
        }
        Set<String> types = cleaned(issueTypes, false);
        if (types.isEmpty()) {
            errors.add(FieldError.of("scope.issueTypes", "pmo.portfolio.error.scope.issue-types.required"));
        }
        if (jql != null && jql.length() > MAX_JQL_LENGTH) {
            errors.add(FieldError.of("scope.jql", "pmo.portfolio.error.scope.jql.too-long", MAX_JQL_LENGTH));
        }
        ScoringConfiguration configuration = null;
        if (scoring == null) {
            errors.add(FieldError.of("scoring.model", "pmo.portfolio.model.error.required"));
        } else {
            try {
                configuration = scoring.validate();
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(new FieldError("scoring." + error.field(), error.messageKey(),
                        error.arguments())));
            }
        }
        CapacityUnit unit = CapacityUnit.parse(capacityUnit).orElse(null);
        if (unit == null) {
            errors.add(FieldError.of("capacity.unit", "pmo.portfolio.error.capacity.unit",
                    capacityUnit == null ? "" : capacityUnit));
        }
        if (capacityAmount == null || !Double.isFinite(capacityAmount) || capacityAmount < 0) {
            errors.add(FieldError.of("capacity.amount", "pmo.portfolio.error.capacity.amount"));
        }
        if (capacityPeriod != null && capacityPeriod.length() > Capacity.MAX_PERIOD_LENGTH) {
            errors.add(FieldError.of("capacity.period", "pmo.portfolio.error.capacity.period.too-long",
                    Capacity.MAX_PERIOD_LENGTH));
        }
        List<String> ownerKeys = ownerKeys();
        if (ownerKeys.size() > MAX_OWNERS) {
            errors.add(FieldError.of("owners", "pmo.portfolio.error.owners.too-many", MAX_OWNERS));
        }
        String intake = intakeProject == null || intakeProject.isBlank() ? null
                : intakeProject.strip().toUpperCase(Locale.ROOT);
        if (intake != null && !projectKeys.contains(intake)) {
            errors.add(FieldError.of("intakeProject", "pmo.portfolio.error.intake-project.not-in-scope", intake));
        }
        errors.addAll(hostProblems);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new PortfolioDefinition(trimmedName, description == null ? "" : description,
                new PortfolioScope(projectKeys, types, jql), configuration,
                new Capacity(unit, capacityAmount, capacityPeriod), List.copyOf(ownerKeys), intake);
    }

    /** Project keys as Jira matches them (trimmed, upper case), or issue type names trimmed; blanks dropped. */
    Set<String> projectKeys() {
        return cleaned(projects, true);
    }

    Set<String> issueTypeNames() {
        return cleaned(issueTypes, false);
    }

    List<String> ownerKeys() {
        return owners == null ? List.of() : owners.stream().filter(o -> o != null && !o.isBlank())
                .map(String::strip).distinct().toList();
    }

    private static Set<String> cleaned(List<String> values, boolean upperCase) {
        Set<String> cleaned = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    cleaned.add(upperCase ? value.strip().toUpperCase(Locale.ROOT) : value.strip());
                }
            }
        }
        return cleaned;
    }
}
