package org.pmosuite.jira.raid.field;

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
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidField;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RiskMatrixService;

/**
 * "RAID Probability" and "RAID Impact": a whole rating stored as a number, so that JQL compares it
 * ({@code "RAID Impact" >= 4}). On an issue's screens the choices are the levels of the project's own risk matrix,
 * each with its label, so a person cannot pick a rating the project's matrix does not have.
 */
public abstract class RaidRatingFieldType extends AbstractSingleFieldType<Double> {

    private final RaidField field;
    private final RiskMatrixService matrices;
    private final I18nResolver i18n;

    RaidRatingFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, RiskMatrixService matrices,
            I18nResolver i18n, RaidField field) {
        super(persister, configs);
        this.matrices = matrices;
        this.i18n = i18n;
        this.field = field;
    }

    /** The label of a level on this field's axis of the matrix. */
    abstract String label(RiskMatrix matrix, int level);

    @Override
    public Double getSingularObjectFromString(String typed) throws FieldValidationException {
        Object rating = RaidFieldValues.check(field, typed, i18n);
        return rating == null ? null : ((Integer) rating).doubleValue();
    }

    @Override
    public String getStringFromSingularObject(Double rating) {
        return rating == null ? null : Long.toString(Math.round(rating));
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_DECIMAL;
    }

    @Override
    protected Object getDbValueFromObject(Double rating) {
        return rating;
    }

    @Override
    protected Double getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return databaseValue instanceof Number number ? number.doubleValue() : null;
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField customField, FieldLayoutItem item) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, customField, item);
        RiskMatrix matrix = matrixOf(issue);
        List<RaidFieldOption> options = new ArrayList<>();
        for (int level = 1; level <= matrix.size().value(); level++) {
            options.add(new RaidFieldOption(Integer.toString(level), level + " \u00b7 " + label(matrix, level)));
        }
        parameters.put(RaidSelectOptions.OPTIONS, options);
        Object value = issue == null ? null : issue.getCustomFieldValue(customField);
        String shown = "";
        if (value instanceof Number number) {
            int level = (int) Math.round(number.doubleValue());
            shown = level >= 1 && level <= matrix.size().value() ? level + " \u00b7 " + label(matrix, level)
                    : Integer.toString(level);
        }
        parameters.put(RaidTextFieldType.TEXT, shown);
        return parameters;
    }

    /** The issue's project's matrix; the portfolio default where there is no issue (a default value screen). */
    private RiskMatrix matrixOf(Issue issue) {
        Project project = issue == null ? null : issue.getProjectObject();
        if (project == null) {
            return matrices.portfolioDefault().matrix();
        }
        return matrices.forProject(new ProjectRef(project.getId(), project.getKey(), project.getName())).matrix();
    }
}
