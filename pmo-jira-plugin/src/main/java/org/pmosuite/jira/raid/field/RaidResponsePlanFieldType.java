package org.pmosuite.jira.raid.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RaidField;

/** "RAID Response plan": the mitigation or action plan, up to 32,767 characters, never truncated. */
public class RaidResponsePlanFieldType extends RaidTextFieldType {

    public RaidResponsePlanFieldType(CustomFieldValuePersister persister, GenericConfigManager configs,
            I18nResolver i18n) {
        super(persister, configs, i18n, RaidField.RESPONSE_PLAN, PersistenceFieldType.TYPE_UNLIMITED_TEXT);
    }
}
