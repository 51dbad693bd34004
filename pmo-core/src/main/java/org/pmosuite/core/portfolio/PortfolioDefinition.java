package org.pmosuite.core.portfolio;

import java.util.List;
import java.util.Objects;

import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;

/**
 * What a PMO lead configures for a portfolio. Validated by {@link PortfolioDraft#validate}.
 *
 * @param name             the portfolio's name, shown on the board; unique among portfolios, ignoring case
 * @param description      what it is for; may be empty
 * @param scope            which issues are its initiatives
 * @param scoring          the scoring model, and its weights and caps
 * @param capacity         what it can fund in one period
 * @param ownerKeys        user keys of its owners, who may change it besides PMO leads and Jira administrators
 * @param intakeProjectKey the project new requests become initiatives in, or null while intake is off
 */
public record PortfolioDefinition(String name, String description, PortfolioScope scope, ScoringConfiguration scoring,
        Capacity capacity, List<String> ownerKeys, String intakeProjectKey) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 2_000;

    public PortfolioDefinition {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(capacity, "capacity");
        ownerKeys = List.copyOf(ownerKeys);
        intakeProjectKey = intakeProjectKey == null || intakeProjectKey.isBlank() ? null : intakeProjectKey;
    }

    public PortfolioDefinition withScoring(ScoringConfiguration newScoring) {
        return new PortfolioDefinition(name, description, scope, newScoring, capacity, ownerKeys, intakeProjectKey);
    }

    public PortfolioDefinition withScope(PortfolioScope newScope) {
        return new PortfolioDefinition(name, description, newScope, scoring, capacity, ownerKeys, intakeProjectKey);
    }

    public PortfolioDefinition withCapacity(Capacity newCapacity) {
        return new PortfolioDefinition(name, description, scope, scoring, newCapacity, ownerKeys, intakeProjectKey);
    }
}
