package org.pmosuite.core.portfolio;

import java.util.List;
import java.util.Optional;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * Port: a portfolio's initiatives as Jira holds them, read for one viewer. Only issues the viewer may see are ever
 * returned (project browse permission and issue security). The contract test {@code InitiativeSourceContract}
 * holds every adapter to this.
 */
public interface InitiativeSource {

    /** The most initiatives one {@link #page} call returns: Jira's default search window. */
    int MAX_PAGE = 1_000;

    /**
     * The initiatives of the scope the actor may see that come after the issue {@code afterIssueId} in the source's
     * own stable order; at most {@code max}, and fewer only at the end of the scope. Reading a whole scope is a loop
     * over pages, each starting after the last initiative of the one before, so no read ever asks past the search
     * window. The order is the source's: by issue id in the sandbox; in Jira by project key, then issue number,
     * because JQL can neither compare nor sort issue ids ({@code id} is a name of its issue key clause).
     *
     * @param scope        the portfolio's scope, its projects already narrowed to those the actor may browse
     * @param afterIssueId the issue id of the last initiative of the previous page; 0 for the first page
     * @param max          1 to {@link #MAX_PAGE}
     * @throws org.pmosuite.core.common.InvalidRequestException when the issue a page is to follow is no longer in
     *         the scope for the actor (deleted, hidden or moved out), so that a read never silently skips
     */
    List<Initiative> page(Actor actor, PortfolioScope scope, long afterIssueId, int max);

    /**
     * One issue in the scope by key, when the actor may see it. The key is matched as Jira matches it, whatever its
     * case and surrounding blanks ({@code pay-12} finds {@code PAY-12}); a malformed key finds nothing.
     */
    Optional<Initiative> find(Actor actor, PortfolioScope scope, String issueKey);

    /**
     * What is wrong with a scope, such as an issue type or a JQL filter the host does not know; empty when fine.
     * {@link #page} and {@link #find} refuse a scope with errors by throwing
     * {@link org.pmosuite.core.common.InvalidRequestException} with these errors.
     */
    List<FieldError> checkScope(Actor actor, PortfolioScope scope);

    /**
     * Writes scoring inputs back to the issue, as the actor: the given values, and clears those in {@code cleared}.
     * Returns the issue as stored after the write. Nothing is written unless every value is accepted.
     *
     * @throws org.pmosuite.core.common.InvalidRequestException when the host refuses a value: one error per
     *         refused input, against its {@link ScoringInput#fieldName()}
     * @throws InitiativeNotEditableException when the actor may see but not edit the issue
     * @throws InitiativeNotFoundException when the issue does not exist, is not in the scope or the actor may not
     *         see it
     * @throws IllegalArgumentException when an input is both given a value and cleared
     */
    Initiative updateInputs(Actor actor, PortfolioScope scope, String issueKey, ScoringInputs values,
            java.util.Set<ScoringInput> cleared);
}
