package org.pmosuite.jira.raid.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RaidField;
import org.pmosuite.jira.raid.JiraRaidOwners;

/**
 * "RAID Owner": who answers for the entry. People type a username (or a user key); the field stores the user key,
 * which survives a rename, and shows the display name. Every owner Jira stores is recorded for the register's
 * grouping, when the value is stored rather than when typed text is read: Jira reads typed text to validate input
 * it may never store.
 */
public class RaidOwnerFieldType extends RaidTextFieldType {

    private final UserManager users;
    private final JiraRaidOwners owners;

    public RaidOwnerFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n,
            UserManager users, JiraRaidOwners owners) {
        super(persister, configs, i18n, RaidField.OWNER, PersistenceFieldType.TYPE_LIMITED_TEXT);
        this.users = users;
        this.owners = owners;
    }

    @Override
    String stored(Object checked) {
        String typed = checked.toString();
        ApplicationUser user = users.getUserByName(typed);
        if (user == null) {
            user = users.getUserByKey(typed);
        }
        if (user == null) {
            throw new FieldValidationException(i18n.getText("pmo.raid.error.owner.unknown", typed));
        }
        return user.getKey();
    }

    @Override
    public void createValue(CustomField field, Issue issue, String ownerKey) {
        super.createValue(field, issue, ownerKey);
        owners.seen(ownerKey);
    }

    @Override
    public void updateValue(CustomField field, Issue issue, String ownerKey) {
        super.updateValue(field, issue, ownerKey);
        owners.seen(ownerKey);
    }

    @Override
    String shown(String stored) {
        ApplicationUser user = users.getUserByKey(stored);
        return user == null ? stored : user.getDisplayName();
    }
}
