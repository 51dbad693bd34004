package org.pmosuite.sandbox.data;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.InitiativeSource;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * Stands in for the portfolio's initiatives until the sandbox has them: its generated issues carry no scoring inputs,
 * estimates, labels or assignees yet, so there is nothing true to answer, and every call refuses, saying so. It is
 * here so that the app's Jira adapter ({@code JiraInitiativeSource}) is never wired over Jira services the sandbox does
 * not have; no page or REST resource of the sandbox asks for initiatives yet.
 */
public final class UnavailableInitiatives implements InitiativeSource {

    private static final String WHY = "the sandbox has no portfolio initiatives yet: its generated issues carry no "
            + "scoring inputs or estimates";

    @Override
    public List<Initiative> page(Actor actor, PortfolioScope scope, long afterIssueId, int max) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public Optional<Initiative> find(Actor actor, PortfolioScope scope, String issueKey) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<FieldError> checkScope(Actor actor, PortfolioScope scope) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public Initiative updateInputs(Actor actor, PortfolioScope scope, String issueKey, ScoringInputs values,
            Set<ScoringInput> cleared) {
        throw new UnsupportedOperationException(WHY);
    }
}
