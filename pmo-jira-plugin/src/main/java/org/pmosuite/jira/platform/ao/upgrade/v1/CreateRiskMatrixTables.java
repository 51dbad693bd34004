package org.pmosuite.jira.platform.ao.upgrade.v1;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.pmosuite.jira.raid.ao.RiskMatrixBandEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixLevelEntity;

/**
 * Model version 1 of the app's ao module: the risk-matrix tables. Safe to run again: migrating tables that already
 * exist changes nothing. Later versions migrate frozen copies of the schema they start from (upgrade/v2, ...), so a
 * task keeps meaning what it meant when it shipped. Its class name is named in the descriptor: never move it.
 */
public class CreateRiskMatrixTables implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RiskMatrixEntity.class, RiskMatrixLevelEntity.class, RiskMatrixBandEntity.class);
    }
}
