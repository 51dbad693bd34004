package org.pmosuite.jira.platform.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.junit.jupiter.api.Test;
import org.pmosuite.activeobjects.ActiveObjectsHost;
import org.pmosuite.activeobjects.AoSchemaRules;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.Capacity;
import org.pmosuite.core.portfolio.CapacityUnit;
import org.pmosuite.core.portfolio.PortfolioDefinition;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringModelType;
import org.pmosuite.core.raid.EnglishRiskMatrixTexts;
import org.pmosuite.jira.portfolio.AoPortfolioRepository;
import org.pmosuite.jira.raid.AoRiskMatrixRepository;

/** The rules every entity and upgrade task of the app's ao module keeps, on the real AO library. */
class AoModuleRulesTest {

    @Test
    void everyTableAndColumnNameFitsWithinTheLimits() {
        assertThat(AppActiveObjects.entities()).isNotEmpty();
        assertThat(AoSchemaRules.violations(AppActiveObjects.entities())).isEmpty();
    }

    @Test
    void upgradeTasksHaveDistinctVersionsStartingAtOne() {
        List<Integer> versions = AppActiveObjects.upgradeTasks().stream()
                .map(task -> Integer.parseInt(task.getModelVersion().toString())).toList();
        assertThat(versions).isNotEmpty().doesNotHaveDuplicates().contains(1);
    }

    @Test
    void everyUpgradeTaskCanRunAgainWithoutChangingStoredData() {
        try (ActiveObjectsHost host = AppActiveObjects.installedInMemory()) {
            AoRiskMatrixRepository repository = new AoRiskMatrixRepository(host.activeObjects());
            repository.savePortfolioDefault(EnglishRiskMatrixTexts.standard(4), 0,
                    new Actor("admin", "Admin"));
            Object before = repository.portfolioDefault().orElseThrow();
            AoPortfolioRepository portfolios = new AoPortfolioRepository(host.activeObjects());
            StoredPortfolio portfolio = portfolios.create(new PortfolioDefinition("Growth", "",
                    new PortfolioScope(Set.of("PAY"), Set.of("Epic"), null),
                    ScoringConfiguration.of(ScoringModelType.WSJF), new Capacity(CapacityUnit.STORY_POINTS, 40, ""),
                    List.of("admin"), null), new Actor("admin", "Admin"));

            for (ActiveObjectsUpgradeTask task : AppActiveObjects.upgradeTasks()) {
                task.upgrade(ModelVersion.valueOf("0"), host.activeObjects());
                task.upgrade(task.getModelVersion(), host.activeObjects());
            }

            assertThat(repository.portfolioDefault().orElseThrow()).isEqualTo(before);
            assertThat(portfolios.portfolios()).containsExactly(portfolio);
        }
    }

    @Test
    void theModuleInstallsOnceAndAStartAfterThatChangesNothing() {
        try (ActiveObjectsHost host = AppActiveObjects.installedInMemory()) {
            ModelVersion reached = host.storedModelVersion();
            assertThat(host.install(AppActiveObjects.upgradeTasks(), AppActiveObjects.entities()))
                    .isEqualTo(reached);
        }
    }
}
