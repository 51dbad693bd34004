package org.pmosuite.jira.raid.field;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
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
 * The RAID dates (proximity, review date, validate by, need by): one day, typed and shown {@code yyyy-MM-dd},
 * stored as a date so that Jira's date searcher finds it ({@code "RAID Review date" < now()}). The four fields share
 * the rule, and this one type; each has a module of its own so that the app finds it by its type.
 */
public class RaidDateFieldType extends AbstractSingleFieldType<Date> {

    private final I18nResolver i18n;

    public RaidDateFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs);
        this.i18n = i18n;
    }

    @Override
    public Date getSingularObjectFromString(String typed) throws FieldValidationException {
        Object day = RaidFieldValues.check(RaidField.REVIEW_DATE, typed, i18n);
        return day == null ? null : RaidFieldValues.stored((LocalDate) day);
    }

    @Override
    public String getStringFromSingularObject(Date day) {
        return day == null ? null : RaidFieldValues.day(day).toString();
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_DATE;
    }

    @Override
    protected Object getDbValueFromObject(Date day) {
        return day == null ? null : new Timestamp(day.getTime());
    }

    @Override
    protected Date getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return databaseValue instanceof Date day ? new Date(day.getTime()) : null;
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, field, item);
        Object value = issue == null ? null : issue.getCustomFieldValue(field);
        parameters.put(RaidTextFieldType.TEXT, value instanceof Date day ? getStringFromSingularObject(day) : "");
        return parameters;
    }
}
