package org.pmosuite.jira.portfolio.field;

import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.sal.api.message.I18nResolver;

/**
 * "Person-days" and "Budget": an initiative's size in a capacity unit the portfolio's cut line adds up, any number
 * from 0. Story points come from Jira Software's own field.
 */
public abstract class EstimateFieldType extends AbstractSingleFieldType<Double> {

    private final I18nResolver i18n;

    EstimateFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n) {
        super(persister, configs);
        this.i18n = i18n;
    }

    @Override
    public Double getSingularObjectFromString(String typed) throws FieldValidationException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(typed.strip());
            if (Double.isFinite(value) && value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new FieldValidationException(i18n.getText("pmo.portfolio.field.estimate.invalid", typed.strip()));
    }

    @Override
    public String getStringFromSingularObject(Double value) {
        return value == null ? null : ScoringInputFieldType.text(value);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_DECIMAL;
    }

    @Override
    protected Object getDbValueFromObject(Double value) {
        return value;
    }

    @Override
    protected Double getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return databaseValue instanceof Number number ? number.doubleValue() : null;
    }
}
