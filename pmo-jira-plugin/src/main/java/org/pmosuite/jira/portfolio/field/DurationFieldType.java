package org.pmosuite.jira.portfolio.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/** "Duration": CD3's weeks; more than 0. */
public class DurationFieldType extends ScoringInputFieldType {

    public DurationFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs, i18n, ScoringInput.DURATION);
    }
}
