package org.pmosuite.jira.raid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.RaidCellCount;
import org.pmosuite.core.raid.RaidFacts;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RiskMatrixSize;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.raid.field.RaidFieldTypes;
import org.springframework.stereotype.Component;

/**
 * Answers {@link RaidFacts} with Jira 11 hit counts ({@code IssueDocumentSearchService.getHitCount}) run as the
 * asking user with security applied, so Jira's issue security narrows every figure on top of the project filter.
 * It only ever counts; it never loads issues. An entry is open while its status category is not Done.
 */
@Component
public class JiraRaidFacts implements RaidFacts {

    private final SearchService searchService;
    private final IssueDocumentSearchService documentSearch;
    private final CustomFieldManager customFieldManager;
    private final UserManager userManager;

    public JiraRaidFacts(SearchService searchService, IssueDocumentSearchService documentSearch,
            CustomFieldManager customFieldManager, UserManager userManager) {
        this.searchService = searchService;
        this.documentSearch = documentSearch;
        this.customFieldManager = customFieldManager;
        this.userManager = userManager;
    }

    /**
     * One count per cell of the largest matrix, plus one for every open RAID entry; the difference is reported as
     * the unrated cell (0, 0), so entries without ratings, or rated off the scale, are still counted.
     */
    @Override
    public List<RaidCellCount> openEntriesByRating(Actor actor, IssueScope scope, Set<RaidType> types) {
        RaidFields fields = raidFields();
        ApplicationUser user = userManager.getUserByKey(actor.userKey());
        if (user == null) {
            throw new IllegalStateException("Jira has no user with key " + actor.userKey());
        }
        String base = openRaidEntries(scope, fields.type(), types);
        List<RaidCellCount> counts = new ArrayList<>();
        long rated = 0;
        for (int probability = 1; probability <= RiskMatrixSize.MAX; probability++) {
            for (int impact = 1; impact <= RiskMatrixSize.MAX; impact++) {
                long count = count(user, base + " AND " + clause(fields.probability()) + " = " + probability
                        + " AND " + clause(fields.impact()) + " = " + impact);
                if (count > 0) {
                    counts.add(new RaidCellCount(probability, impact, count));
                    rated += count;
                }
            }
        }
        long unrated = count(user, base) - rated;
        if (unrated > 0) {
            counts.add(new RaidCellCount(0, 0, unrated));
        }
        return counts;
    }

    /** The fields by the keys of the app's field types; missing ones are reported by their default names. */
    private RaidFields raidFields() {
        Map<RaidCustomField, CustomField> found = RaidFieldTypes.existing(customFieldManager);
        List<String> missing = Stream.of(RaidCustomField.CATEGORY, RaidCustomField.PROBABILITY, RaidCustomField.IMPACT)
                .filter(field -> !found.containsKey(field)).map(RaidCustomField::defaultName).toList();
        if (!missing.isEmpty()) {
            throw new RaidFieldsNotConfiguredException(missing);
        }
        return new RaidFields(found.get(RaidCustomField.CATEGORY), found.get(RaidCustomField.PROBABILITY),
                found.get(RaidCustomField.IMPACT));
    }

    static String openRaidEntries(IssueScope scope, CustomField typeField, Set<RaidType> types) {
        StringBuilder jql = new StringBuilder("project in (")
                .append(scope.projectKeys().stream().sorted().map(JiraRaidFacts::quote)
                        .collect(Collectors.joining(", ")))
                .append(") AND statusCategory != Done AND ").append(clause(typeField));
        if (types.isEmpty()) {
            jql.append(" is not EMPTY");
        } else {
            jql.append(" in (").append(types.stream().map(JiraRaidFacts::optionValue).sorted()
                    .map(JiraRaidFacts::quote).collect(Collectors.joining(", "))).append(')');
        }
        if (!scope.issueTypes().isEmpty()) {
            jql.append(" AND issuetype in (").append(scope.issueTypes().stream().sorted().map(JiraRaidFacts::quote)
                    .collect(Collectors.joining(", "))).append(')');
        }
        return jql.toString();
    }

    private long count(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Generated JQL did not parse: " + jql + " "
                    + parsed.getErrors().getErrorMessages());
        }
        try {
            return documentSearch.getHitCount(user, parsed.getQuery(), false);
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed for: " + jql, e);
        }
    }

    private static String clause(CustomField field) {
        return "cf[" + field.getIdAsLong() + "]";
    }

    /** The value a RAID type has in the RAID Type field, e.g. "Risk". */
    static String optionValue(RaidType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A JQL string literal: quoted, with quotes and backslashes escaped. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private record RaidFields(CustomField type, CustomField probability, CustomField impact) {
    }
}
