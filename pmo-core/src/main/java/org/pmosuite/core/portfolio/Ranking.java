package org.pmosuite.core.portfolio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A portfolio's initiatives in rank order, for one viewer, with the cut line drawn through them.
 *
 * @param items   every initiative the viewer sees, first ranked first
 * @param cutLine the capacity cut line
 */
public record Ranking(List<RankedInitiative> items, CutLine cutLine) {
    public Ranking {
        items = List.copyOf(items);
        Objects.requireNonNull(cutLine, "cutLine");
    }

    /** The ranked initiatives by issue id. */
    public Map<Long, RankedInitiative> byIssueId() {
        Map<Long, RankedInitiative> byId = new HashMap<>(items.size() * 2);
        for (RankedInitiative item : items) {
            byId.put(item.initiative().issueId(), item);
        }
        return byId;
    }

    public Optional<RankedInitiative> find(String issueKey) {
        return items.stream().filter(item -> item.initiative().issueKey().equalsIgnoreCase(issueKey)).findFirst();
    }
}
