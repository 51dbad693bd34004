package org.pmosuite.core.raid;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.StaleVersionException;

/** A fake {@link RiskMatrixRepository} for domain tests; it passes {@link RiskMatrixRepositoryContract}. */
public final class InMemoryRiskMatrixRepository implements RiskMatrixRepository {

    private final Clock clock;
    private StoredRiskMatrix portfolioDefault;
    private final Map<Long, StoredRiskMatrix> byProject = new HashMap<>();

    public InMemoryRiskMatrixRepository(Clock clock) {
        this.clock = clock;
    }

    public InMemoryRiskMatrixRepository() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized Optional<StoredRiskMatrix> portfolioDefault() {
        return Optional.ofNullable(portfolioDefault);
    }

    @Override
    public synchronized Optional<StoredRiskMatrix> forProject(long projectId) {
        return Optional.ofNullable(byProject.get(projectId));
    }

    @Override
    public synchronized StoredRiskMatrix savePortfolioDefault(RiskMatrix matrix, long expectedVersion, Actor by) {
        portfolioDefault = next(portfolioDefault, matrix, expectedVersion, by);
        return portfolioDefault;
    }

    @Override
    public synchronized StoredRiskMatrix saveForProject(long projectId, RiskMatrix matrix, long expectedVersion,
            Actor by) {
        StoredRiskMatrix saved = next(byProject.get(projectId), matrix, expectedVersion, by);
        byProject.put(projectId, saved);
        return saved;
    }

    @Override
    public synchronized void removeProjectOverride(long projectId, long expectedVersion) {
        checkVersion(byProject.get(projectId), expectedVersion);
        byProject.remove(projectId);
    }

    private StoredRiskMatrix next(StoredRiskMatrix current, RiskMatrix matrix, long expectedVersion, Actor by) {
        checkVersion(current, expectedVersion);
        return new StoredRiskMatrix(matrix, expectedVersion + 1, by.userKey(), clock.instant());
    }

    private static void checkVersion(StoredRiskMatrix current, long expectedVersion) {
        long currentVersion = current == null ? 0 : current.version();
        if (currentVersion != expectedVersion) {
            throw new StaleVersionException(expectedVersion, currentVersion);
        }
    }
}
