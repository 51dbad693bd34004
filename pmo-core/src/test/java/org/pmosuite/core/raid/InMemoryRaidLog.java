package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.List;
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
                .sorted(RaidLogReference.order(query.sort(), query.order()))
                .toList();
        int from = (int) Math.min(query.startAt(), matching.size());
        int to = (int) Math.min((long) from + query.maxResults(), matching.size());
        return new RaidLogPage(matching.subList(from, to), matching.size(), query.startAt(), query.maxResults());
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
