package org.pmosuite.jira.raid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
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
import org.pmosuite.jira.platform.Jql;
import org.pmosuite.jira.raid.field.RaidFieldTypes;
import org.pmosuite.jira.raid.field.RaidFieldValues;
import org.springframework.stereotype.Component;

/**
 * Answers {@link RaidFacts} with Jira 11 hit counts ({@code IssueDocumentSearchService.getHitCount}) run as the
 * asking user with security applied, so Jira's issue security narrows every figure on top of the project filter.
 * It only ever counts; it never loads issues. An entry is open while its status category is not Done.
 */
@Component
public class JiraRaidFacts implements RaidFacts {

    private final JiraSearches searches;
    private final CustomFieldManager customFieldManager;
    private final UserManager userManager;

    public JiraRaidFacts(SearchService searchService, IssueDocumentSearchService documentSearch,
            CustomFieldManager customFieldManager, UserManager userManager) {
        this.searches = new JiraSearches(searchService, documentSearch);
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
                long count = searches.count(user, base + " AND " + clause(fields.probability()) + " = " + probability
                        + " AND " + clause(fields.impact()) + " = " + impact);
                if (count > 0) {
                    counts.add(new RaidCellCount(probability, impact, count));
                    rated += count;
                }
            }
        }
        long unrated = searches.count(user, base) - rated;
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
                .append(Jql.quoted(scope.projectKeys()))
                .append(") AND statusCategory != Done AND ").append(clause(typeField));
        if (types.isEmpty()) {
            jql.append(" is not EMPTY");
        } else {
            jql.append(" in (").append(Jql.quoted(types.stream().map(RaidFieldValues::stored).toList()))
                    .append(')');
        }
        if (!scope.issueTypes().isEmpty()) {
            jql.append(" AND issuetype in (").append(Jql.quoted(scope.issueTypes())).append(')');
        }
        return jql.toString();
    }

    private static String clause(CustomField field) {
        return "cf[" + field.getIdAsLong() + "]";
    }

    private record RaidFields(CustomField type, CustomField probability, CustomField impact) {
    }
}
