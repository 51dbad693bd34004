package org.pmosuite.jira.platform.ao.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.pmosuite.jira.portfolio.ao.CategoryCapEntity;
import org.pmosuite.jira.portfolio.ao.CriterionEntity;
import org.pmosuite.jira.portfolio.ao.IntakeDecisionEntity;
import org.pmosuite.jira.portfolio.ao.IntakeInputEntity;
import org.pmosuite.jira.portfolio.ao.IntakeRequestEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioAuditEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioOwnerEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioScopeEntity;
import org.pmosuite.jira.portfolio.ao.PortfolioVersionEntity;
import org.pmosuite.jira.portfolio.ao.RankPlacementEntity;
import org.pmosuite.jira.portfolio.ao.ScenarioEntity;
import org.pmosuite.jira.portfolio.ao.ScenarioForcingEntity;
import org.pmosuite.jira.raid.ao.RaidOwnerEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixBandEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixLevelEntity;

/**
 * Model version 3 of the app's ao module: the portfolio tables (definitions with their scope, criteria, caps and
 * owners, version rows, placements, the audit log, scenarios and intake requests), beside the RAID tables of versions
 * 1 and 2, which it leaves as they are. Safe to run again: migrating tables that already exist changes nothing. Its
 * class name is named in the descriptor: never move it.
 */
public class CreatePortfolioTables implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RiskMatrixEntity.class, RiskMatrixLevelEntity.class, RiskMatrixBandEntity.class,
                RaidOwnerEntity.class, PortfolioEntity.class, PortfolioVersionEntity.class, PortfolioScopeEntity.class,
                PortfolioOwnerEntity.class, CriterionEntity.class, CategoryCapEntity.class, RankPlacementEntity.class,
                PortfolioAuditEntity.class, ScenarioEntity.class, ScenarioForcingEntity.class,
                IntakeRequestEntity.class, IntakeInputEntity.class, IntakeDecisionEntity.class);
    }
}
