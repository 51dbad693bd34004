package org.pmosuite.core.common;

import java.util.List;
import java.util.Set;

import org.pmosuite.core.raid.RaidCellCount;
import org.pmosuite.core.raid.RaidType;

/**
 * Port: aggregate questions about issues within a scope, answered for an actor. It never returns "all issues":
 * totals are aggregates computed by the store, lists are paged.
 */
public interface IssueFacts {

    /**
     * Open RAID entries in the scope, counted by their probability and impact ratings. Entries with a rating
     * missing are counted in a cell with that rating 0, so nothing goes uncounted.
     *
     * @param types the RAID types to count, or empty for all
     */
    List<RaidCellCount> openRaidEntriesByRating(Actor actor, IssueScope scope, Set<RaidType> types);
}
