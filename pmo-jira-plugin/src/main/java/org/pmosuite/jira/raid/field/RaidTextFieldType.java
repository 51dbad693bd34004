package org.pmosuite.jira.raid.field;

import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RaidField;

/**
 * A RAID field that stores one text per issue, checked by the core's rule for its {@link RaidField}. Its templates
 * read {@code $raidText}, the value as shown, which the renderer escapes.
 */
public abstract class RaidTextFieldType extends AbstractSingleFieldType<String> {

    /** The template parameter with the value as people read it. */
    static final String TEXT = "raidText";

    private final RaidField field;
    private final PersistenceFieldType storage;
    final I18nResolver i18n;

    RaidTextFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n,
            RaidField field, PersistenceFieldType storage) {
        super(persister, configs);
        this.i18n = i18n;
        this.field = field;
        this.storage = storage;
    }

    @Override
    public String getSingularObjectFromString(String typed) throws FieldValidationException {
        Object value = RaidFieldValues.check(field, typed, i18n);
        return value == null ? null : stored(value);
    }

    /** The stored form of a checked value. */
    String stored(Object checked) {
        return checked.toString();
    }

    /** The stored value as people read it. */
    String shown(String stored) {
        return stored;
    }

    @Override
    public String getStringFromSingularObject(String value) {
        return value;
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return storage;
    }

    @Override
    protected Object getDbValueFromObject(String value) {
        return value;
    }

    @Override
    protected String getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return databaseValue == null ? null : databaseValue.toString();
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, field, item);
        Object value = issue == null ? null : issue.getCustomFieldValue(field);
        parameters.put(TEXT, value == null ? "" : shown(value.toString()));
        return parameters;
    }
}
