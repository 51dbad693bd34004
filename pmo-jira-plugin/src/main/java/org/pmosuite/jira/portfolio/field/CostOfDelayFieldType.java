package org.pmosuite.jira.portfolio.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/** "Cost of delay": value lost per week of delay. */
public class CostOfDelayFieldType extends ScoringInputFieldType {

    public CostOfDelayFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs, i18n, ScoringInput.COST_OF_DELAY);
    }
}
