package org.pmosuite.jira.raid.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RaidField;

/**
 * "RAID Depends on": the key of the issue a dependency waits for, upper case, searched exactly
 * ({@code "RAID Depends on" = PAY-12}). The REST API also checks that the issue exists and is visible.
 */
public class RaidDependsOnFieldType extends RaidTextFieldType {

    public RaidDependsOnFieldType(CustomFieldValuePersister persister, GenericConfigManager configs,
            I18nResolver i18n) {
        super(persister, configs, i18n, RaidField.DEPENDS_ON, PersistenceFieldType.TYPE_LIMITED_TEXT);
    }
}
