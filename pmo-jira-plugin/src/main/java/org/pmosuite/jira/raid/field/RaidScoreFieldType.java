package org.pmosuite.jira.raid.field;

import java.util.Map;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RiskMatrixService;
import org.pmosuite.core.raid.ScoreBand;
import org.pmosuite.core.raid.setup.RaidCustomField;

/**
 * "RAID Risk score": probability x impact, calculated from the issue's two rating fields, never typed. Jira indexes
 * what a calculated field answers whenever it indexes the issue, and a rating changes only through an update of the
 * issue, which reindexes it; so the score is searchable and sortable ({@code "RAID Risk score" >= 12}) and never
 * stale. It is empty while either rating is. Shown with the band of the project's matrix.
 */
public class RaidScoreFieldType extends CalculatedCFType<Double, Double> {

    static final String BAND_LABEL = "raidBandLabel";
    static final String BAND_COLOUR = "raidBandColour";

    private final CustomFieldManager customFields;
    private final RiskMatrixService matrices;
    private final I18nResolver i18n;

    public RaidScoreFieldType(CustomFieldManager customFields, RiskMatrixService matrices, I18nResolver i18n) {
        this.customFields = customFields;
        this.matrices = matrices;
        this.i18n = i18n;
    }

    @Override
    public Double getValueFromIssue(CustomField field, Issue issue) {
        Map<RaidCustomField, CustomField> fields = RaidFieldTypes.existing(customFields);
        CustomField probability = fields.get(RaidCustomField.PROBABILITY);
        CustomField impact = fields.get(RaidCustomField.IMPACT);
        if (issue == null || probability == null || impact == null) {
            return null;
        }
        if (issue.getCustomFieldValue(probability) instanceof Number p
                && issue.getCustomFieldValue(impact) instanceof Number i) {
            return (double) (Math.round(p.doubleValue()) * Math.round(i.doubleValue()));
        }
        return null;
    }

    @Override
    public String getStringFromSingularObject(Double score) {
        return score == null ? null : Long.toString(Math.round(score));
    }

    @Override
    public Double getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new FieldValidationException(i18n.getText("pmo.raid.field.score.number", text));
        }
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, field, item);
        Double score = getValueFromIssue(field, issue);
        parameters.put(RaidTextFieldType.TEXT, score == null ? "" : getStringFromSingularObject(score));
        Project project = issue == null ? null : issue.getProjectObject();
        if (score != null && project != null) {
            RiskMatrix matrix = matrices.forProject(new ProjectRef(project.getId(), project.getKey(),
                    project.getName())).matrix();
            int rounded = (int) Math.round(score);
            // Ratings off a smaller matrix give a score it has no band for: shown without one, like "unrated".
            if (rounded >= 1 && rounded <= matrix.maxScore()) {
                ScoreBand band = matrix.bandOf(rounded);
                parameters.put(BAND_LABEL, band.label());
                parameters.put(BAND_COLOUR, band.colour());
            }
        }
        return parameters;
    }
}
