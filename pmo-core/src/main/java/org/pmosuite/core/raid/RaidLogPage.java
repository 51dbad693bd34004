package org.pmosuite.core.raid;

import java.util.List;

/**
 * One page of the RAID log.
 *
 * @param entries    the entries of the page, in the requested order; at most {@code maxResults}
 * @param total      how many entries match the query in all, counted by the store
 * @param startAt    the position of the first entry of the page among all that match, from 0
 * @param maxResults the page size asked for
 */
public record RaidLogPage(List<RaidEntry> entries, long total, int startAt, int maxResults) {
    public RaidLogPage {
        entries = List.copyOf(entries);
        if (total < 0 || startAt < 0 || maxResults < 1) {
            throw new IllegalArgumentException("invalid page: total " + total + ", startAt " + startAt
                    + ", maxResults " + maxResults);
        }
        if (entries.size() > maxResults) {
            throw new IllegalArgumentException("a page holds at most " + maxResults + " entries");
        }
    }

    public static RaidLogPage empty(int startAt, int maxResults) {
        return new RaidLogPage(List.of(), 0, startAt, maxResults);
    }

    /** Whether entries follow this page. */
    public boolean hasMore() {
        return startAt + (long) entries.size() < total;
    }
}
