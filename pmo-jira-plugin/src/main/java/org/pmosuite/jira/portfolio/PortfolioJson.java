package org.pmosuite.jira.portfolio;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.UserDirectory;
import org.pmosuite.core.portfolio.AuditEntry;
import org.pmosuite.core.portfolio.BoardFacets;
import org.pmosuite.core.portfolio.BoardPage;
import org.pmosuite.core.portfolio.CutLine;
import org.pmosuite.core.portfolio.Forcing;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.PortfolioBoardService;
import org.pmosuite.core.portfolio.PortfolioDefinition;
import org.pmosuite.core.portfolio.RankedInitiative;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.core.portfolio.scoring.Criterion;
import org.pmosuite.core.portfolio.scoring.ExplanationStep;
import org.pmosuite.core.portfolio.scoring.ExplanationTerm;
import org.pmosuite.core.portfolio.scoring.Score;
import org.pmosuite.core.portfolio.scoring.ScoreExplanation;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/**
 * The portfolio API's JSON. Texts people typed are sent exactly as stored (the page escapes them); messages are
 * translated here, at the edge. Numbers are sent at full precision; the page rounds them for display.
 */
public final class PortfolioJson {

    private PortfolioJson() {
    }

    /** A portfolio's definition as {@code GET} answers and {@code PUT} takes back. */
    public record Portfolio(long id, String name, String description, Scope scope, Scoring scoring,
            Capacity capacity, List<String> owners, String intakeProject, long version, long rankVersion,
            boolean mayChange, String updatedBy, String updatedAt) {
    }

    public record Scope(List<String> projects, List<String> issueTypes, String jql) {
    }

    public record Scoring(String model, String modelName, String formula, List<CriterionJson> criteria,
            Map<String, Double> caps) {
    }

    public record CriterionJson(String id, String input, double weight, String direction) {
    }

    public record Capacity(String unit, String unitName, double amount, String period) {
    }

    public record PortfolioList(boolean mayCreate, List<Portfolio> portfolios) {
    }

    /**
     * One page of the ranked board.
     *
     * @param initiativesReadAt when the viewer's initiatives were read from Jira (ISO-8601); the board is kept between
     *                          requests since, and {@code POST {id}/refresh} reads it again
     */
    public record Board(Portfolio portfolio, boolean mayRank, int visible, int unscored, int matching, int startAt,
            int maxResults, CutLineJson cutLine, Facets facets, List<Item> items, String initiativesReadAt) {
    }

    public record CutLineJson(double capacity, String unit, String unitName, String period, double committed,
            double remaining, double forcedIn, int fundedCount, int lastRankAboveLine, boolean overCommitted) {
    }

    public record Facets(List<Count> projects, List<Count> statuses, List<Count> themes, List<Count> owners) {
    }

    public record Count(String value, String name, int count) {
    }

    /** One ranked initiative. */
    public record Item(int rank, String key, String projectKey, String title, String status, String theme,
            Person owner, Double score, boolean scored, List<String> missing, List<String> inputErrors,
            Map<String, Double> inputs, Double estimate, double runningTotal, String funding, String fundingName,
            String forcing, Manual manual) {
    }

    public record Person(String key, String name) {
    }

    /**
     * Who moved an initiative by hand (user key, and display name: the key when Jira no longer knows them), when and
     * why; null on one that stands at its score.
     */
    public record Manual(String by, String byName, String at, String reason) {
    }

    /** A score and its arithmetic, translated. */
    public record Explanation(String key, String title, String model, String modelName, Double score,
            boolean scored, String formula, List<Term> terms, List<Step> steps, List<String> missing,
            Map<String, String> inputErrors) {
    }

    public record Term(String input, String name, Double value, double weight) {
    }

    public record Step(String text, double result) {
    }

    public record Audit(long total, int startAt, int maxResults, List<AuditLine> entries) {
    }

    /**
     * One decision on the portfolio; {@code byName} is who made it, by display name (the key when Jira no longer
     * knows them).
     */
    public record AuditLine(long id, String at, String by, String byName, String action, String actionName,
            String issueKey, String detail, String reason) {
    }

    public record RankVersion(long rankVersion) {
    }

    /**
     * @param visibleProjects the portfolio's projects the caller may browse: the scope names only these, so that
     *                        no answer names a project the caller may not see
     */
    static Portfolio portfolio(StoredPortfolio stored, boolean mayChange, java.util.Set<String> visibleProjects,
            I18nResolver i18n) {
        PortfolioDefinition definition = stored.definition();
        String intake = definition.intakeProjectKey() != null && visibleProjects.contains(definition.intakeProjectKey())
                ? definition.intakeProjectKey()
                : null;
        return new Portfolio(stored.id(), definition.name(), definition.description(),
                new Scope(definition.scope().projectKeys().stream().filter(visibleProjects::contains).sorted()
                        .toList(),
                        definition.scope().issueTypes().stream().sorted().toList(), definition.scope().jql()),
                scoring(definition.scoring(), i18n), capacity(definition.capacity(), i18n),
                definition.ownerKeys(), intake, stored.version(), stored.rankVersion(),
                mayChange, stored.updatedBy(), stored.updatedAt() == null ? null : stored.updatedAt().toString());
    }

    static Scoring scoring(ScoringConfiguration configuration, I18nResolver i18n) {
        List<CriterionJson> criteria = new ArrayList<>();
        for (Criterion criterion : configuration.criteria()) {
            criteria.add(new CriterionJson(criterion.id(), criterion.input().fieldName(), criterion.weight(),
                    criterion.direction().name()));
        }
        Map<String, Double> caps = new LinkedHashMap<>();
        configuration.categoryCapPercent().forEach((category, cap) -> caps.put(category.name(), cap));
        return new Scoring(configuration.model().name(), i18n.getText(configuration.model().messageKey()),
                i18n.getText(configuration.model().formulaKey()), criteria, caps);
    }

    static Capacity capacity(org.pmosuite.core.portfolio.Capacity capacity, I18nResolver i18n) {
        return new Capacity(capacity.unit().name(), i18n.getText(capacity.unit().messageKey()), capacity.amount(),
                capacity.period());
    }

    static CutLineJson cutLine(CutLine line, I18nResolver i18n) {
        return new CutLineJson(line.capacity().amount(), line.capacity().unit().name(),
                i18n.getText(line.capacity().unit().messageKey()), line.capacity().period(), line.committed(),
                line.remaining(), line.forcedIn(), line.fundedCount(), line.lastRankAboveLine(),
                line.overCommitted());
    }

    /**
     * @param names display names by user key, of those who moved or forced the page's initiatives
     */
    static Board board(BoardPage page, java.util.Set<String> visibleProjects, Map<String, String> names,
            I18nResolver i18n) {
        CutLine line = page.cutLine();
        List<Item> items = new ArrayList<>(page.items().size());
        for (RankedInitiative item : page.items()) {
            items.add(item(item, names, i18n));
        }
        BoardFacets facets = page.facets();
        return new Board(portfolio(page.portfolio(), page.mayRank(), visibleProjects, i18n), page.mayRank(), page.visible(),
                page.unscored(), page.matching(), page.startAt(), page.maxResults(),
                cutLine(line, i18n),
                new Facets(counts(facets.projects()), counts(facets.statuses()), counts(facets.themes()),
                        facets.owners().entrySet().stream().sorted(Map.Entry.comparingByValue())
                                .map(owner -> new Count(owner.getKey(), owner.getValue(), 0)).toList()),
                items, page.readAt().toString());
    }

    /** Who moved or forced the rows by hand, by user key: whose display names the page shows. */
    static java.util.Set<String> manualDeciders(BoardPage page) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        page.items().stream().filter(item -> item.placement() != null).forEach(item -> keys.add(item.placement().by()));
        return keys;
    }

    static Item item(RankedInitiative item, Map<String, String> names, I18nResolver i18n) {
        Initiative initiative = item.initiative();
        Score score = item.score();
        Map<String, Double> inputs = new LinkedHashMap<>();
        initiative.inputs().asMap().forEach((input, value) -> inputs.put(input.fieldName(), value));
        Manual manual = item.placement() != null && (item.moved() || item.forcing() != Forcing.NONE)
                ? new Manual(item.placement().by(), names.getOrDefault(item.placement().by(), item.placement().by()),
                        item.placement().at().toString(), item.placement().reason())
                : null;
        return new Item(item.rank(), initiative.issueKey(), initiative.project().key(), initiative.title(),
                initiative.status(), initiative.theme(),
                initiative.ownerKey() == null ? null : new Person(initiative.ownerKey(), initiative.ownerName()),
                score.computed() ? score.value().getAsDouble() : null, score.computed(),
                score.missing().stream().map(ScoringInput::fieldName).toList(),
                score.inputErrors().stream().map(FieldError::field).toList(), inputs, item.estimate(),
                item.runningTotal(), item.funding().name(), i18n.getText(item.funding().messageKey()),
                item.forcing().name(), manual);
    }

    static Explanation explanation(PortfolioBoardService.ExplainedScore explained, I18nResolver i18n) {
        Score score = explained.score();
        ScoreExplanation explanation = explained.explanation();
        List<Term> terms = new ArrayList<>();
        for (ExplanationTerm term : explanation.terms()) {
            terms.add(new Term(term.input().fieldName(), i18n.getText(term.input().messageKey()), term.value(),
                    term.weight()));
        }
        List<Step> steps = new ArrayList<>();
        for (ExplanationStep step : explanation.steps()) {
            steps.add(new Step(i18n.getText(step.messageKey(), serializable(step.arguments())), step.result()));
        }
        Map<String, String> inputErrors = new LinkedHashMap<>();
        for (FieldError error : score.inputErrors()) {
            inputErrors.put(error.field(), i18n.getText(error.messageKey(), serializable(error.arguments())));
        }
        return new Explanation(explained.initiative().issueKey(), explained.initiative().title(),
                explanation.model().name(), i18n.getText(explanation.model().messageKey()),
                score.computed() ? score.value().getAsDouble() : null, score.computed(),
                i18n.getText(explanation.formulaKey()), terms, steps,
                score.missing().stream().map(input -> i18n.getText(input.messageKey())).toList(), inputErrors);
    }

    static Audit audit(PortfolioBoardService.AuditPage page, UserDirectory users, I18nResolver i18n) {
        Map<String, String> names = users.displayNames(page.entries().stream().map(AuditEntry::actorKey).toList());
        List<AuditLine> lines = new ArrayList<>();
        for (AuditEntry entry : page.entries()) {
            lines.add(new AuditLine(entry.id(), entry.at().toString(), entry.actorKey(),
                    names.getOrDefault(entry.actorKey(), entry.actorKey()), entry.action().name(),
                    i18n.getText(entry.action().messageKey()), entry.issueKey(), entry.detail(), entry.reason()));
        }
        return new Audit(page.total(), page.startAt(), page.maxResults(), lines);
    }

    private static List<Count> counts(Map<String, Integer> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new Count(entry.getKey(), entry.getKey(), entry.getValue())).toList();
    }

    private static Serializable[] serializable(List<Object> arguments) {
        return arguments.stream().map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                .toArray(Serializable[]::new);
    }
}
