package org.pmosuite.core.portfolio;

/**
 * Keeps boards fresh after the app's own writes: which portfolios' kept initiatives ({@link InitiativeSnapshots}) a
 * write makes stale, forgotten for every viewer on every node so that their next read comes from the source.
 */
public final class BoardFreshness {

    private final PortfolioRepository repository;
    private final InitiativeSnapshots snapshots;

    public BoardFreshness(PortfolioRepository repository, InitiativeSnapshots snapshots) {
        this.repository = repository;
        this.snapshots = snapshots;
    }

    /** This portfolio's initiatives are read again: a refresh asked for. */
    public void portfolioChanged(long portfolioId) {
        snapshots.forget(portfolioId);
    }

    /**
     * An initiative of this project was written (its inputs, or a new one): every portfolio whose scope names the
     * project is read again.
     */
    public void initiativeWrittenIn(String projectKey) {
        for (StoredPortfolio stored : repository.portfolios()) {
            if (stored.definition().scope().projectKeys().contains(projectKey)) {
                snapshots.forget(stored.id());
            }
        }
    }
}
