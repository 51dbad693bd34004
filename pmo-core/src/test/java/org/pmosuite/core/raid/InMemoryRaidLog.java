package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;

/**
 * A fake {@link RaidLog} for domain tests, filtering and sorting in Java by {@link RaidLogReference}; it passes
 * {@link RaidLogContract}. A real store must not work like this: it answers in its query language.
 */
public final class InMemoryRaidLog implements RaidLog {

    private final List<RaidEntry> entries;
    private final Set<String> hiddenIssueKeys;

    /**
     * @param hiddenIssueKeys issues that no actor may see, as if an issue security level kept them hidden
     */
    public InMemoryRaidLog(List<RaidEntry> entries, Set<String> hiddenIssueKeys) {
        this.entries = List.copyOf(entries);
        this.hiddenIssueKeys = Set.copyOf(hiddenIssueKeys);
    }

    public InMemoryRaidLog(List<RaidEntry> entries) {
        this(entries, Set.of());
    }

    @Override
    public RaidLogPage page(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today) {
        List<RaidEntry> matching = visible().stream()
                .filter(e -> RaidLogReference.matches(e, scope, query, matrix, today))
                .sorted(RaidLogReference.order(query))
                .toList();
        int from = (int) Math.min(query.startAt(), matching.size());
        int to = (int) Math.min((long) from + query.maxResults(), matching.size());
        return new RaidLogPage(matching.subList(from, to), matching.size(), query.startAt(), query.maxResults());
    }

    @Override
    public void forEach(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix, LocalDate today,
            Consumer<RaidEntry> sink) {
        visible().stream().filter(e -> RaidLogReference.matches(e, scope, query, matrix, today))
                .sorted(RaidLogReference.order(query)).forEach(sink);
    }

    @Override
    public List<RaidLogGroup> groups(Actor actor, IssueScope scope, RaidLogQuery query, RiskMatrix matrix,
            LocalDate today) {
        RaidLogGrouping grouping = Objects.requireNonNull(query.group(), "a query with a group");
        List<RaidEntry> matching = visible().stream()
                .filter(e -> RaidLogReference.matches(e, scope, query, matrix, today))
                .sorted(RaidLogReference.group(grouping))
                .toList();
        List<RaidLogGroup> groups = new ArrayList<>();
        for (RaidEntry entry : matching) {
            String key = RaidLogReference.groupKey(entry, grouping);
            long flagged = NeedsAttentionPolicies.evaluate(entry, matrix, today).any() ? 1 : 0;
            RaidLogGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && Objects.equals(last.key(), key)) {
                groups.set(groups.size() - 1, new RaidLogGroup(key, last.name(), last.total() + 1,
                        last.needingAttention() + flagged));
            } else {
                groups.add(new RaidLogGroup(key, grouping == RaidLogGrouping.OWNER ? entry.ownerName() : null, 1,
                        flagged));
            }
        }
        return groups;
    }

    @Override
    public long countNeedingAttention(Actor actor, IssueScope scope, RiskMatrix matrix, LocalDate today) {
        return visible().stream()
                .filter(e -> scope.projectKeys().contains(e.projectKey()))
                .filter(e -> NeedsAttentionPolicies.evaluate(e, matrix, today).any())
                .count();
    }

    private List<RaidEntry> visible() {
        return entries.stream().filter(e -> !hiddenIssueKeys.contains(e.issueKey())).toList();
    }
}
