package org.pmosuite.core.raid;

/** The fake the domain tests use means what every adapter means. */
class InMemoryRiskMatrixRepositoryTest extends RiskMatrixRepositoryContract {

    @Override
    protected RiskMatrixRepository emptyRepository() {
        return new InMemoryRiskMatrixRepository();
    }
}
