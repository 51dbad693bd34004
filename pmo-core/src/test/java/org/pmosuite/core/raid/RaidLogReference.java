package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.pmosuite.core.common.IssueScope;

/**
 * What a {@link RaidLogQuery} means, written plainly in Java over single entries: which entries match and in which
 * order they come. {@link InMemoryRaidLog} answers with it and {@link RaidLogContract} checks every store against
 * it; a real store translates the same meaning into JQL or SQL and never filters in Java.
 */
public final class RaidLogReference {

    /** Jira's key order: by the key's project part, then by its number as a number. */
    public static final Comparator<RaidEntry> BY_KEY = Comparator
            .comparing((RaidEntry e) -> e.issueKey().substring(0, e.issueKey().lastIndexOf('-')))
            .thenComparingLong(e -> Long.parseLong(e.issueKey().substring(e.issueKey().lastIndexOf('-') + 1)));

    private RaidLogReference() {
    }

    /** Whether the entry, already known to be visible to the actor, is in the scope and passes every filter. */
    public static boolean matches(RaidEntry entry, IssueScope scope, RaidLogQuery query, RiskMatrix matrix,
            LocalDate today) {
        if (!scope.issueTypes().isEmpty()) {
            throw new IllegalArgumentException("RAID entries here carry no issue type; the log's scopes name none");
        }
        return scope.projectKeys().contains(entry.projectKey())
                && (!query.openOnly() || entry.open())
                && (query.types().isEmpty() || query.types().contains(entry.type()))
                && (!query.filtersByRoam() || (entry.roam() == null ? query.unroamed()
                        : query.roams().contains(entry.roam())))
                && (query.ownerKeys().isEmpty()
                        || entry.ownerKey() != null && query.ownerKeys().contains(entry.ownerKey()))
                && (query.dependsOn().isEmpty() || entry.dependsOnIssueKey() != null
                        // A state is known only for an issue the reader may see: a hidden one is never matched.
                        && entry.dependsOnResolved() != null
                        && query.dependsOn().contains(entry.dependsOnIssueKey()))
                && (query.bands().isEmpty() || entry.band(matrix).map(b -> query.bands().contains(b.key()))
                        .orElse(false))
                && (query.needsAttention() == null
                        || query.needsAttention() == NeedsAttentionPolicies.evaluate(entry, matrix, today).any())
                && (query.cell() == null || (Integer.valueOf(query.cell().probability()).equals(entry.probability())
                        && Integer.valueOf(query.cell().impact()).equals(entry.impact())));
    }

    /** The order of a query: by its group first when it has one ({@link RaidLogGrouping}), then by its sort. */
    public static Comparator<RaidEntry> order(RaidLogQuery query) {
        Comparator<RaidEntry> sorted = order(query.sort(), query.order());
        return query.group() == null ? sorted : group(query.group()).thenComparing(sorted);
    }

    /** The order of the groups: projects by key; owners by name, then key, the entries without an owner last. */
    public static Comparator<RaidEntry> group(RaidLogGrouping grouping) {
        return switch (grouping) {
            case PROJECT -> Comparator.comparing(RaidEntry::projectKey);
            case OWNER -> Comparator.comparing((RaidEntry e) -> text(e.ownerName()),
                    Comparator.nullsLast(Comparator.<String>naturalOrder()))
                    .thenComparing(RaidEntry::ownerKey, Comparator.nullsLast(Comparator.<String>naturalOrder()));
        };
    }

    /** The key of an entry's group: its project key, or its owner's user key (null without an owner). */
    public static String groupKey(RaidEntry entry, RaidLogGrouping grouping) {
        return grouping == RaidLogGrouping.PROJECT ? entry.projectKey() : entry.ownerKey();
    }

    /** The order of a sort: empty values last in either direction, ties by issue key ascending. */
    public static Comparator<RaidEntry> order(RaidLogSort sort, SortOrder order) {
        if (sort == RaidLogSort.KEY) {
            return order == SortOrder.ASC ? BY_KEY : BY_KEY.reversed();
        }
        Comparator<RaidEntry> column = switch (sort) {
            case SUMMARY -> by(e -> text(e.summary()), order);
            case TYPE -> by(RaidEntry::type, order);
            case SCORE -> by(RaidEntry::score, order);
            case PROBABILITY -> by(RaidEntry::probability, order);
            case IMPACT -> by(RaidEntry::impact, order);
            case ROAM -> by(RaidEntry::roam, order);
            case OWNER -> by(e -> text(e.ownerName()), order);
            case PROXIMITY -> by(RaidEntry::proximity, order);
            case REVIEW_DATE -> by(RaidEntry::reviewDate, order);
            case UPDATED -> by(RaidEntry::updated, order);
            case STATUS -> by(e -> text(e.status()), order);
            case KEY -> throw new AssertionError("handled above");
        };
        return column.thenComparing(BY_KEY);
    }

    private static <T extends Comparable<? super T>> Comparator<RaidEntry> by(Function<RaidEntry, T> value,
            SortOrder order) {
        Comparator<T> direction = order == SortOrder.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(value, Comparator.nullsLast(direction));
    }

    private static String text(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
