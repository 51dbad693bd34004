package org.pmosuite.jira.raid;

import static org.pmosuite.jira.platform.Jql.quote;
import static org.pmosuite.jira.platform.Jql.quoted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.atlassian.jira.issue.fields.CustomField;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.NeedsAttentionRule;
import org.pmosuite.core.raid.RaidLogQuery;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.ScoreBand;
import org.pmosuite.core.raid.SortOrder;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.raid.field.RaidFieldValues;

/**
 * The RAID log's query in JQL, over the app's RAID fields by id ({@code cf[10100]}), with the matrix's band
 * thresholds and {@code today} written in as values. Every filter is a clause; "needs attention" is the four rules
 * of {@link NeedsAttentionRule} as one disjunction, where "what a dependency waits for is resolved" is the list of
 * depended-on keys the viewer may see resolved, found beforehand (JQL cannot look into another issue's status).
 * Every value is quoted, so nothing typed changes the query.
 */
final class RaidLogJql {

    private final Map<RaidCustomField, CustomField> fields;
    private final RiskMatrix matrix;
    private final LocalDate today;
    private final Predicate<String> dependedOnVisible;

    /**
     * @param dependedOnVisible whether the viewer may see an issue a "depends on" filter names: one they may not
     *                          matches nothing, as one that does not exist
     */
    RaidLogJql(Map<RaidCustomField, CustomField> fields, RiskMatrix matrix, LocalDate today,
            Predicate<String> dependedOnVisible) {
        this.fields = fields;
        this.matrix = matrix;
        this.today = today;
        this.dependedOnVisible = dependedOnVisible;
    }

    /** Every RAID entry of the scope's projects (and issue types), open or not. */
    String entries(IssueScope scope) {
        StringBuilder jql = new StringBuilder("project in (").append(quoted(scope.projectKeys())).append(") AND ")
                .append(field(RaidCustomField.CATEGORY)).append(" is not EMPTY");
        if (!scope.issueTypes().isEmpty()) {
            jql.append(" AND issuetype in (").append(quoted(scope.issueTypes())).append(')');
        }
        return jql.toString();
    }

    /** The entries matching every filter of the query; {@code resolved} as for {@link #needsAttention}. */
    String matching(IssueScope scope, RaidLogQuery query, Set<String> resolved) {
        List<String> clauses = new ArrayList<>(List.of(entries(scope)));
        if (query.openOnly()) {
            clauses.add(open());
        }
        if (!query.types().isEmpty()) {
            clauses.add(field(RaidCustomField.CATEGORY) + " in (" + quoted(query.types().stream()
                    .map(RaidFieldValues::stored).toList()) + ")");
        }
        if (query.filtersByRoam()) {
            List<String> roam = new ArrayList<>();
            if (!query.roams().isEmpty()) {
                roam.add(field(RaidCustomField.ROAM) + " in (" + quoted(query.roams().stream()
                        .map(RaidFieldValues::stored).toList()) + ")");
            }
            if (query.unroamed()) {
                roam.add(field(RaidCustomField.ROAM) + " is EMPTY");
            }
            clauses.add("(" + String.join(" OR ", roam) + ")");
        }
        if (!query.ownerKeys().isEmpty()) {
            clauses.add(field(RaidCustomField.OWNER) + " in (" + quoted(query.ownerKeys()) + ")");
        }
        if (!query.dependsOn().isEmpty()) {
            List<String> visible = query.dependsOn().stream().filter(dependedOnVisible).toList();
            clauses.add(visible.isEmpty() ? field(RaidCustomField.SCORE) + " < 0"
                    : field(RaidCustomField.DEPENDS_ON) + " in (" + quoted(visible) + ")");
        }
        if (!query.bands().isEmpty()) {
            List<String> ranges = new ArrayList<>();
            for (ScoreBand band : matrix.bands()) {
                if (query.bands().contains(band.key())) {
                    ranges.add("(" + field(RaidCustomField.SCORE) + " >= " + band.minScore() + " AND "
                            + field(RaidCustomField.SCORE) + " <= " + matrix.maxScore(band) + ")");
                }
            }
            clauses.add(ranges.isEmpty() ? field(RaidCustomField.SCORE) + " < 0" : onTheMatrix() + " AND (" + String.join(" OR ",
                    ranges) + ")");
        }
        if (query.cell() != null) {
            clauses.add(field(RaidCustomField.PROBABILITY) + " = " + query.cell().probability() + " AND "
                    + field(RaidCustomField.IMPACT) + " = " + query.cell().impact());
        }
        if (query.needsAttention() != null) {
            clauses.add((query.needsAttention() ? "" : "NOT ") + needsAttention(resolved));
        }
        return String.join(" AND ", clauses);
    }

    /** Open overdue dependencies that name what they wait for: whose depended-on issues must be looked at. */
    String lateDependencies(IssueScope scope) {
        return entries(scope) + " AND " + open() + " AND " + field(RaidCustomField.CATEGORY) + " = "
                + quote(RaidFieldValues.stored(RaidType.DEPENDENCY)) + " AND " + before(RaidCustomField.NEED_BY)
                + " AND " + field(RaidCustomField.DEPENDS_ON) + " is not EMPTY";
    }

    /**
     * The four rules, each only on open entries.
     *
     * @param resolved the depended-on issue keys the viewer may see that are resolved: a late dependency waiting
     *                 for one of these does not need attention
     */
    String needsAttention(Set<String> resolved) {
        List<String> rules = new ArrayList<>();
        rules.add(before(RaidCustomField.REVIEW_DATE));
        rules.add(field(RaidCustomField.CATEGORY) + " = " + quote(RaidFieldValues.stored(RaidType.ASSUMPTION))
                + " AND " + before(RaidCustomField.VALIDATE_BY));
        String late = field(RaidCustomField.CATEGORY) + " = " + quote(RaidFieldValues.stored(RaidType.DEPENDENCY))
                + " AND " + before(RaidCustomField.NEED_BY);
        if (!resolved.isEmpty()) {
            late += " AND (" + field(RaidCustomField.DEPENDS_ON) + " is EMPTY OR " + field(RaidCustomField.DEPENDS_ON)
                    + " not in (" + quoted(resolved) + "))";
        }
        rules.add(late);
        responseMissingFrom().ifPresent(minimum -> rules.add(field(RaidCustomField.CATEGORY) + " = "
                + quote(RaidFieldValues.stored(RaidType.RISK)) + " AND " + field(RaidCustomField.RESPONSE_PLAN)
                + " is EMPTY AND " + onTheMatrix() + " AND " + field(RaidCustomField.SCORE) + " >= " + minimum));
        return "(" + open() + " AND ((" + String.join(") OR (", rules) + ")))";
    }

    /** The lowest score of a band that needs a response plan, if the matrix has one. */
    private Optional<Integer> responseMissingFrom() {
        return matrix.bands().stream().filter(band -> NeedsAttentionRule.needsAResponse(band.key()))
                .map(ScoreBand::minScore).min(Integer::compare);
    }

    /** The sort of the query, ties broken by issue key. */
    String orderBy(RaidLogQuery query) {
        String column = switch (query.sort()) {
            case KEY -> "key";
            case SUMMARY -> "summary";
            case TYPE -> field(RaidCustomField.CATEGORY);
            case SCORE -> field(RaidCustomField.SCORE);
            case PROBABILITY -> field(RaidCustomField.PROBABILITY);
            case IMPACT -> field(RaidCustomField.IMPACT);
            case ROAM -> field(RaidCustomField.ROAM);
            case OWNER -> field(RaidCustomField.OWNER);
            case PROXIMITY -> field(RaidCustomField.PROXIMITY);
            case REVIEW_DATE -> field(RaidCustomField.REVIEW_DATE);
            case UPDATED -> "updated";
            case STATUS -> "status";
        };
        String direction = query.order() == SortOrder.ASC ? "ASC" : "DESC";
        return " ORDER BY " + column + " " + direction + (column.equals("key") ? "" : ", key ASC");
    }

    private String onTheMatrix() {
        int size = matrix.size().value();
        return field(RaidCustomField.PROBABILITY) + " <= " + size + " AND " + field(RaidCustomField.IMPACT) + " <= "
                + size;
    }

    private String before(RaidCustomField date) {
        return field(date) + " < " + quote(today.toString());
    }

    static String open() {
        return "statusCategory != Done";
    }

    String field(RaidCustomField field) {
        return "cf[" + fields.get(field).getIdAsLong() + "]";
    }
}
