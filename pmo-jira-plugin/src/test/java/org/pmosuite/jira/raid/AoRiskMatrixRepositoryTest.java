package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.activeobjects.ActiveObjectsHost;
import org.pmosuite.core.common.StaleVersionException;
import org.pmosuite.core.raid.EnglishRiskMatrixTexts;
import org.pmosuite.core.raid.RiskMatrixRepository;
import org.pmosuite.core.raid.RiskMatrixRepositoryContract;
import org.pmosuite.core.raid.StoredRiskMatrix;
import org.pmosuite.jira.platform.ao.AppActiveObjects;

/** The production repository on the real Active Objects library, over an in-memory H2 database. */
class AoRiskMatrixRepositoryTest extends RiskMatrixRepositoryContract {

    private ActiveObjectsHost host;

    @Override
    protected RiskMatrixRepository emptyRepository() {
        host = AppActiveObjects.installedInMemory();
        return new AoRiskMatrixRepository(host.activeObjects());
    }

    @AfterEach
    void closeDatabase() {
        host.close();
    }

    @Test
    void ofTwoWritersBasedOnTheSameVersionExactlyOneWins() throws Exception {
        AoRiskMatrixRepository repository = new AoRiskMatrixRepository(host.activeObjects());
        StoredRiskMatrix first = repository.saveForProject(PAY, EnglishRiskMatrixTexts.standard(5), 0, PMO_LEAD);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        repository.saveForProject(PAY, EnglishRiskMatrixTexts.standard(3), first.version(),
                                PROJECT_LEAD);
                        return true;
                    } catch (StaleVersionException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> outcome : outcomes) {
                won += outcome.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.forProject(PAY).orElseThrow().version()).isEqualTo(first.version() + 1);
    }

    @Test
    void aReadWhileSavesReplaceTheMatrixSeesOneWholeVersion() throws Exception {
        AoRiskMatrixRepository repository = new AoRiskMatrixRepository(host.activeObjects());
        StoredRiskMatrix first = repository.saveForProject(PAY, EnglishRiskMatrixTexts.standard(3), 0, PMO_LEAD);
        AtomicBoolean saving = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Long> saves = pool.submit(() -> {
                long version = first.version();
                for (int i = 0; i < 300; i++) {
                    version = repository.saveForProject(PAY, EnglishRiskMatrixTexts.standard(i % 2 == 0 ? 5 : 3),
                            version, PROJECT_LEAD).version();
                }
                saving.set(false);
                return version;
            });
            int reads = 0;
            while (saving.get()) {
                StoredRiskMatrix read = repository.forProject(PAY).orElseThrow();
                int size = read.matrix().size().value();
                assertThat(read.matrix().probabilityLabels()).hasSize(size);
                assertThat(read.matrix()).isEqualTo(EnglishRiskMatrixTexts.standard(size));
                assertThat(size).isEqualTo(read.version() % 2 == 0 ? 5 : 3);
                reads++;
            }
            assertThat(saves.get()).isEqualTo(first.version() + 300);
            assertThat(reads).isPositive();
        } finally {
            saving.set(false);
            pool.shutdownNow();
        }
    }

    @Test
    void ofTwoFirstSavesOfAScopeTheSecondIsStale() {
        AoRiskMatrixRepository repository = new AoRiskMatrixRepository(host.activeObjects());
        repository.savePortfolioDefault(EnglishRiskMatrixTexts.standard(4), 0, PMO_LEAD);

        assertThatThrownBy(() -> repository.savePortfolioDefault(EnglishRiskMatrixTexts.standard(3), 0, PMO_LEAD))
                .isInstanceOf(StaleVersionException.class);
        assertThat(repository.portfolioDefault().orElseThrow().matrix().size().value()).isEqualTo(4);
    }
}
