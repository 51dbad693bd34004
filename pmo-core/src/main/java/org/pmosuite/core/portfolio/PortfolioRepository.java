package org.pmosuite.core.portfolio;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.core.common.Actor;

/**
 * Port: the app's own portfolio records: definitions, manual placements, the audit log, scenarios and intake
 * requests. Versioned writes: a write based on another version than the stored one is refused with
 * {@link org.pmosuite.core.common.StaleVersionException} and changes nothing, also when two writers race. The
 * contract test {@code PortfolioRepositoryContract} holds every adapter to this.
 */
public interface PortfolioRepository {

    /** Every portfolio, by name ignoring case. */
    List<StoredPortfolio> portfolios();

    Optional<StoredPortfolio> portfolio(long id);

    /**
     * @throws DuplicatePortfolioNameException when another portfolio has this name, ignoring case
     */
    StoredPortfolio create(PortfolioDefinition definition, Actor by);

    /**
     * Replaces the definition and records {@code audit} with it.
     *
     * @throws DuplicatePortfolioNameException when another portfolio has this name, ignoring case
     */
    StoredPortfolio update(long id, PortfolioDefinition definition, long expectedVersion, Actor by, AuditEntry audit);

    /** Removes the portfolio with its placements, scenarios, intake requests and audit log. */
    void delete(long id, long expectedVersion);

    /** The portfolio's placements in projects among {@code projectIds}, by issue id. */
    Map<Long, RankPlacement> placements(long portfolioId, Set<Long> projectIds);

    /** The placements of these initiatives, by issue id; those without one are absent. */
    Map<Long, RankPlacement> placementsOf(long portfolioId, Set<Long> issueIds);

    /**
     * The portfolio's moved placements whose key stands at exactly this position, in every project, by issue id: what
     * a rebalance of a crowded gap rewrites (see {@link RankRebalance}).
     */
    Map<Long, RankPlacement> placementsAt(long portfolioId, double position);

    /**
     * Stores one initiative's placement (replacing its earlier one, or removing it when {@code placement} is
     * neither moved nor forced), appends {@code audit}, and advances the rank version: a constant number of rows.
     *
     * @return the new rank version
     * @throws org.pmosuite.core.common.StaleVersionException when the rank version is no longer
     *                                                        {@code expectedRankVersion}
     */
    long place(long portfolioId, long issueId, RankPlacement placement, long expectedRankVersion, AuditEntry audit);

    /**
     * Rewrites the keys of several placements at once (a rebalance of a crowded gap), keeping the rest of each,
     * appends {@code audit} and advances the rank version: one row per rewritten key, the rare exception to a rank
     * change writing a constant number of rows.
     *
     * @throws org.pmosuite.core.common.StaleVersionException when the rank version is no longer
     *                                                        {@code expectedRankVersion}
     * @throws IllegalArgumentException when one of the issues has no placement; nothing is written then
     */
    long rebalance(long portfolioId, Map<Long, RankKey> keys, long expectedRankVersion, AuditEntry audit);

    /**
     * The portfolio's audit log, newest first: entries about the whole portfolio, and entries about initiatives in
     * projects among {@code projectIds}.
     */
    List<AuditEntry> audit(long portfolioId, Set<Long> projectIds, int startAt, int maxResults);

    /** How many audit entries {@link #audit} would page through. */
    long auditCount(long portfolioId, Set<Long> projectIds);

    /** The portfolio's scenarios, by name ignoring case. */
    List<Scenario> scenarios(long portfolioId);

    Optional<Scenario> scenario(long portfolioId, long scenarioId);

    /** @throws DuplicatePortfolioNameException when the portfolio has a scenario of this name, ignoring case */
    Scenario saveScenario(Scenario scenario, long expectedVersion);

    void deleteScenario(long portfolioId, long scenarioId, long expectedVersion);

    /** The portfolio's intake requests in these states, newest first. */
    List<IntakeRequest> intakeRequests(long portfolioId, Set<IntakeState> states);

    Optional<IntakeRequest> intakeRequest(long portfolioId, long requestId);

    IntakeRequest createIntakeRequest(IntakeRequest request);

    /**
     * Records a decision: the request moves to {@code decision.outcome()}, the decision is appended to it, and
     * {@code issueKey} is kept when it was accepted; {@code audit} is appended to the portfolio's log.
     */
    IntakeRequest decideIntakeRequest(long portfolioId, long requestId, IntakeDecision decision, String issueKey,
            long expectedVersion, AuditEntry audit);

    /**
     * Names the initiative an accepted request became, once it exists: the version moves on, nothing else changes.
     *
     * @throws org.pmosuite.core.common.StaleVersionException when the request is not at {@code expectedVersion}
     */
    IntakeRequest linkIntakeIssue(long portfolioId, long requestId, String issueKey, long expectedVersion);
}
