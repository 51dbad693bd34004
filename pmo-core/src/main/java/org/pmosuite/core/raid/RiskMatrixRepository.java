package org.pmosuite.core.raid;

import java.util.Optional;

import org.pmosuite.core.common.Actor;

/**
 * Port: the risk matrices the PMO configured, a portfolio-wide default and optionally one per project. Writes are
 * versioned: a matrix never saved has version 0, each save stores version + 1, and a write based on any other
 * version than the stored one is refused with {@link org.pmosuite.core.common.StaleVersionException} and changes
 * nothing. Labels are stored exactly as given. The contract test {@code RiskMatrixRepositoryContract} holds every
 * adapter to this.
 */
public interface RiskMatrixRepository {

    Optional<StoredRiskMatrix> portfolioDefault();

    /** The project's own matrix; empty while the project uses the portfolio default. */
    Optional<StoredRiskMatrix> forProject(long projectId);

    /**
     * @param expectedVersion the version the change is based on; 0 when none is stored yet
     * @throws org.pmosuite.core.common.StaleVersionException when the stored version is another
     */
    StoredRiskMatrix savePortfolioDefault(RiskMatrix matrix, long expectedVersion, Actor by);

    /**
     * @param expectedVersion the version of the project's own matrix the change is based on; 0 when it has none
     * @throws org.pmosuite.core.common.StaleVersionException when the stored version is another
     */
    StoredRiskMatrix saveForProject(long projectId, RiskMatrix matrix, long expectedVersion, Actor by);

    /**
     * Returns the project to the portfolio default. Its next own matrix starts again at version 1. Removing an
     * override the project does not have, expecting version 0, changes nothing.
     *
     * @throws org.pmosuite.core.common.StaleVersionException when the stored version is another
     */
    void removeProjectOverride(long projectId, long expectedVersion);
}
