package org.pmosuite.jira.portfolio.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/** "Ease": ICE's 1 to 10. */
public class EaseFieldType extends ScoringInputFieldType {

    public EaseFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs, i18n, ScoringInput.EASE);
    }
}
