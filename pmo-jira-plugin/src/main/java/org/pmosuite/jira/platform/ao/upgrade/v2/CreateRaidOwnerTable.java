package org.pmosuite.jira.platform.ao.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.pmosuite.jira.raid.ao.RaidOwnerEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixBandEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixEntity;
import org.pmosuite.jira.raid.ao.RiskMatrixLevelEntity;

/**
 * Model version 2 of the app's ao module: the RAID owners the register groups by in Jira, beside the risk-matrix
 * tables of version 1, which it leaves as they are. Safe to run again. Its class name is named in the descriptor:
 * never move it.
 */
public class CreateRaidOwnerTable implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RiskMatrixEntity.class, RiskMatrixLevelEntity.class, RiskMatrixBandEntity.class,
                RaidOwnerEntity.class);
    }
}
