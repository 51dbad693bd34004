package org.pmosuite.jira.raid.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RaidField;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RiskMatrixService;

/** "RAID Probability": how likely the entry is, on the project's matrix. */
public class RaidProbabilityFieldType extends RaidRatingFieldType {

    public RaidProbabilityFieldType(CustomFieldValuePersister persister, GenericConfigManager configs,
            RiskMatrixService matrices, I18nResolver i18n) {
        super(persister, configs, matrices, i18n, RaidField.PROBABILITY);
    }

    @Override
    String label(RiskMatrix matrix, int level) {
        return matrix.probabilityLabel(level);
    }
}
