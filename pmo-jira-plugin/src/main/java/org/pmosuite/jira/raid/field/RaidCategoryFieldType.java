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
import org.pmosuite.core.raid.RaidType;

/** "RAID Type": Risk, Assumption, Issue or Dependency, stored and searched by that English name. */
public class RaidCategoryFieldType extends RaidTextFieldType {

    public RaidCategoryFieldType(CustomFieldValuePersister persister, GenericConfigManager configs,
            I18nResolver i18n) {
        super(persister, configs, i18n, RaidField.TYPE, PersistenceFieldType.TYPE_LIMITED_TEXT);
    }

    @Override
    String stored(Object checked) {
        return RaidFieldValues.stored((RaidType) checked);
    }

    @Override
    String shown(String stored) {
        return RaidType.parse(stored).map(type -> i18n.getText(type.messageKey())).orElse(stored);
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, field, item);
        parameters.put(RaidSelectOptions.OPTIONS, RaidSelectOptions.of(RaidType.values(), RaidFieldValues::stored,
                type -> i18n.getText(type.messageKey())));
        return parameters;
    }
}
