package org.pmosuite.jira.portfolio.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/** "Reach": RICE's people or events per period. */
public class ReachFieldType extends ScoringInputFieldType {

    public ReachFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs, i18n, ScoringInput.REACH);
    }
}
