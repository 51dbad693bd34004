package org.pmosuite.core.raid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What RAID says about one issue, as one viewer sees it: the issue's own RAID entry when it is one, read on its
 * project's risk matrix, and the open RAID entries of every browsable project that depend on it.
 *
 * @param issueKey        the issue asked about, normalised
 * @param entry           the issue's own entry with its band and badges; null when it is no RAID entry or hidden
 * @param matrix          the risk matrix of the entry's project; null without an entry
 * @param dependents      the first open entries depending on the issue, soonest due first
 * @param dependentsTotal how many open entries depend on it in all
 */
public record RaidIssueOverview(String issueKey, RaidLogRow entry, EffectiveRiskMatrix matrix,
        List<RaidLogRow> dependents, long dependentsTotal) {

    public RaidIssueOverview {
        Objects.requireNonNull(issueKey, "issueKey");
        dependents = List.copyOf(dependents);
        if ((entry == null) != (matrix == null)) {
            throw new IllegalArgumentException("an entry comes with its project's matrix, and only an entry");
        }
        if (dependentsTotal < dependents.size()) {
            throw new IllegalArgumentException("the total counts at least the dependents listed");
        }
    }

    public Optional<RaidLogRow> ownEntry() {
        return Optional.ofNullable(entry);
    }

    /** Whether there is nothing to show: no entry of its own and nothing depends on it. */
    public boolean isEmpty() {
        return entry == null && dependentsTotal == 0;
    }

    /** Whether more entries depend on the issue than are listed. */
    public boolean hasMoreDependents() {
        return dependentsTotal > dependents.size();
    }
}
