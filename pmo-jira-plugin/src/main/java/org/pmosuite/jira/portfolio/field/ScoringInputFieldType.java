package org.pmosuite.jira.portfolio.field;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.portfolio.scoring.InputScale;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/**
 * A scoring input of an initiative, stored as a number so that JQL compares and sorts it
 * ({@code "Job size" <= 5}). A value off the input's scale (a WSJF input off SAFe's modified Fibonacci scale, a job
 * size of 0) is refused with the scale in the message; on a discrete scale the issue screens offer its values only.
 */
public abstract class ScoringInputFieldType extends AbstractSingleFieldType<Double> {

    /** The template's choices, for a discrete scale; empty for a free number. */
    static final String OPTIONS = "pmoScoringOptions";
    /** Whether the scale is discrete, so that the template offers its values. */
    static final String DISCRETE = "pmoScoringDiscrete";
    /** The value as people read it. */
    static final String TEXT = "pmoScoringText";

    private final ScoringInput input;
    private final I18nResolver i18n;

    ScoringInputFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n,
            ScoringInput input) {
        super(persister, configs);
        this.i18n = i18n;
        this.input = input;
    }

    public ScoringInput input() {
        return input;
    }

    @Override
    public Double getSingularObjectFromString(String typed) throws FieldValidationException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(typed.strip());
        } catch (NumberFormatException e) {
            throw new FieldValidationException(i18n.getText("pmo.portfolio.error.number", typed.strip()));
        }
        var problem = input.scale().check(input, value);
        if (problem.isPresent()) {
            FieldError error = problem.get();
            throw new FieldValidationException(i18n.getText(error.messageKey(), error.arguments().stream()
                    .map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                    .toArray(Serializable[]::new)));
        }
        return value;
    }

    @Override
    public String getStringFromSingularObject(Double value) {
        return value == null ? null : text(value);
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

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField customField, FieldLayoutItem item) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, customField, item);
        InputScale scale = input.scale();
        List<ScoringFieldOption> options = new ArrayList<>();
        if (scale.discrete()) {
            for (double value : scale.values()) {
                options.add(new ScoringFieldOption(text(value), text(value)));
            }
        }
        parameters.put(OPTIONS, options);
        parameters.put(DISCRETE, scale.discrete());
        Object value = issue == null ? null : issue.getCustomFieldValue(customField);
        parameters.put(TEXT, value instanceof Number number ? text(number.doubleValue()) : "");
        return parameters;
    }

    /** A number as typed: whole numbers without a decimal point. */
    static String text(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
