package org.pmosuite.jira.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueFacts;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.RaidCellCount;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RiskMatrixSize;
import org.springframework.stereotype.Component;

/**
 * Answers {@link IssueFacts} with Jira searches run as the asking user, so Jira's own issue security applies on top
 * of the project filter. It only ever counts ({@code searchCount}); it never loads issues.
 */
@Component
public class JiraIssueFacts implements IssueFacts {

    /** Names of the RAID custom fields until the app's own RAID field types replace them. */
    static final String RAID_TYPE_FIELD = "RAID Type";
    static final String PROBABILITY_FIELD = "RAID Probability";
    static final String IMPACT_FIELD = "RAID Impact";

    private final SearchService searchService;
    private final CustomFieldManager customFieldManager;
    private final UserManager userManager;

    public JiraIssueFacts(SearchService searchService, CustomFieldManager customFieldManager,
            UserManager userManager) {
        this.searchService = searchService;
        this.customFieldManager = customFieldManager;
        this.userManager = userManager;
    }

    /**
     * One count per cell of the largest matrix, plus one for every open RAID entry; the difference is reported as
     * the unrated cell (0, 0), so entries without ratings, or rated off the scale, are still counted.
     */
    @Override
    public List<RaidCellCount> openRaidEntriesByRating(Actor actor, IssueScope scope, Set<RaidType> types) {
        ApplicationUser user = userManager.getUserByKey(actor.userKey());
        Optional<CustomField> typeField = field(RAID_TYPE_FIELD);
        Optional<CustomField> probabilityField = field(PROBABILITY_FIELD);
        Optional<CustomField> impactField = field(IMPACT_FIELD);
        if (user == null || typeField.isEmpty() || probabilityField.isEmpty() || impactField.isEmpty()) {
            return List.of();
        }
        String base = openRaidEntries(scope, typeField.get(), types);
        List<RaidCellCount> counts = new ArrayList<>();
        long rated = 0;
        for (int probability = 1; probability <= RiskMatrixSize.MAX; probability++) {
            for (int impact = 1; impact <= RiskMatrixSize.MAX; impact++) {
                long count = count(user, base + " AND " + clause(probabilityField.get()) + " = " + probability
                        + " AND " + clause(impactField.get()) + " = " + impact);
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

    private Optional<CustomField> field(String name) {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(name);
        return fields == null ? Optional.empty() : fields.stream().findFirst();
    }

    static String openRaidEntries(IssueScope scope, CustomField typeField, Set<RaidType> types) {
        StringBuilder jql = new StringBuilder("project in (")
                .append(scope.projectKeys().stream().sorted().map(JiraIssueFacts::quote)
                        .collect(Collectors.joining(", ")))
                .append(") AND resolution is EMPTY AND ").append(clause(typeField));
        if (types.isEmpty()) {
            jql.append(" is not EMPTY");
        } else {
            jql.append(" in (").append(types.stream().map(JiraIssueFacts::optionValue).sorted()
                    .map(JiraIssueFacts::quote).collect(Collectors.joining(", "))).append(')');
        }
        if (!scope.issueTypes().isEmpty()) {
            jql.append(" AND issuetype in (").append(scope.issueTypes().stream().sorted().map(JiraIssueFacts::quote)
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
            return searchService.searchCount(user, parsed.getQuery());
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed for: " + jql, e);
        }
    }

    private static String clause(CustomField field) {
        return "cf[" + field.getIdAsLong() + "]";
    }

    /** The option a RAID type has in the RAID Type select list, e.g. "Risk". */
    static String optionValue(RaidType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A JQL string literal: quoted, with quotes and backslashes escaped. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
