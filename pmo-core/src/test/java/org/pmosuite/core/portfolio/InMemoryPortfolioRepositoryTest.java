package org.pmosuite.core.portfolio;

/** The fake the domain tests use means what every adapter means. */
class InMemoryPortfolioRepositoryTest extends PortfolioRepositoryContract {

    @Override
    protected PortfolioRepository emptyRepository() {
        return new InMemoryPortfolioRepository();
    }
}
