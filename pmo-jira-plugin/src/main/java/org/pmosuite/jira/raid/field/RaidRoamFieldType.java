package org.pmosuite.jira.raid.field;

import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RaidField;
import org.pmosuite.core.raid.RoamStatus;

/** "RAID ROAM status": Resolved, Owned, Accepted or Mitigated, stored and searched by that English name. */
public class RaidRoamFieldType extends RaidTextFieldType {

    public RaidRoamFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs, i18n, RaidField.ROAM, PersistenceFieldType.TYPE_LIMITED_TEXT);
    }

    @Override
    String stored(Object checked) {
        return RaidFieldValues.stored((RoamStatus) checked);
    }

    @Override
    String shown(String stored) {
        return RoamStatus.parse(stored).map(status -> i18n.getText(status.messageKey())).orElse(stored);
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, field, item);
        parameters.put(RaidSelectOptions.OPTIONS, RaidSelectOptions.of(RoamStatus.values(), RaidFieldValues::stored,
                status -> i18n.getText(status.messageKey())));
        return parameters;
    }
}
