package org.pmosuite.jira.portfolio.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/** "Impact": RICE's (and ICE's) 3, 2, 1, 0.5 or 0.25. */
public class ImpactFieldType extends ScoringInputFieldType {

    public ImpactFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs, i18n, ScoringInput.IMPACT);
    }
}
