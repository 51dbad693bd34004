package org.pmosuite.jira.portfolio.field;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.portfolio.PortfolioRepository;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.core.portfolio.scoring.Score;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.core.portfolio.scoring.ScoringModels;

/**
 * "Priority score": an initiative's score under the model of the portfolio it belongs to (the oldest portfolio
 * whose projects and issue types include it), calculated from the issue's scoring fields, never typed. Jira indexes
 * what a calculated field answers whenever it indexes the issue, and the inputs change only through an update of
 * the issue, which reindexes it; so the score is searchable and sortable ({@code "Priority score" >= 10}). It is
 * empty while an input the model needs is missing or off its scale: a missing input is never read as 0. A change of
 * a portfolio's model shows on an issue when Jira next indexes it.
 */
public class PriorityScoreFieldType extends CalculatedCFType<Double, Double> {

    static final String TEXT = "pmoScoringText";

    private final CustomFieldManager customFields;
    private final PortfolioRepository portfolios;
    private final I18nResolver i18n;

    public PriorityScoreFieldType(CustomFieldManager customFields, PortfolioRepository portfolios,
            I18nResolver i18n) {
        this.customFields = customFields;
        this.portfolios = portfolios;
        this.i18n = i18n;
    }

    @Override
    public Double getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || issue.getProjectObject() == null || issue.getIssueType() == null) {
            return null;
        }
        Optional<StoredPortfolio> portfolio = portfolioOf(issue.getProjectObject().getKey(),
                issue.getIssueType().getName());
        if (portfolio.isEmpty()) {
            return null;
        }
        Score score = ScoringModels.of(portfolio.get().definition().scoring()).score(inputs(issue));
        return score.computed() ? score.value().getAsDouble() : null;
    }

    /** The oldest portfolio whose projects and issue types include the issue. */
    Optional<StoredPortfolio> portfolioOf(String projectKey, String issueType) {
        return portfolios.portfolios().stream()
                .filter(portfolio -> {
                    PortfolioScope scope = portfolio.definition().scope();
                    return scope.projectKeys().contains(projectKey) && scope.issueTypes().contains(issueType);
                })
                .min(Comparator.comparingLong(StoredPortfolio::id));
    }

    private ScoringInputs inputs(Issue issue) {
        Map<ScoringInput, Double> values = new EnumMap<>(ScoringInput.class);
        List<CustomField> all = customFields.getCustomFieldObjects();
        if (all == null) {
            return ScoringInputs.empty();
        }
        all.stream().sorted(Comparator.comparing(CustomField::getIdAsLong)).forEach(field -> {
            CustomFieldType<?, ?> type = field.getCustomFieldType();
            if (type == null) {
                return;
            }
            for (ScoringInput input : ScoringInput.values()) {
                if (ScoringFieldTypes.typeKey(input).equals(type.getKey()) && !values.containsKey(input)
                        && issue.getCustomFieldValue(field) instanceof Number number) {
                    values.put(input, number.doubleValue());
                }
            }
        });
        return ScoringInputs.of(values);
    }

    @Override
    public String getStringFromSingularObject(Double score) {
        return score == null ? null : String.format(java.util.Locale.ROOT, "%.2f", score);
    }

    @Override
    public Double getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new FieldValidationException(i18n.getText("pmo.portfolio.error.number", text.strip()));
        }
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> parameters = super.getVelocityParameters(issue, field, item);
        Double score = getValueFromIssue(field, issue);
        parameters.put(TEXT, score == null ? "" : getStringFromSingularObject(score));
        return parameters;
    }
}
