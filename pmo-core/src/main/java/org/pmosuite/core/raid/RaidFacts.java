package org.pmosuite.core.raid;

import java.util.List;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;

/**
 * Port: aggregate questions about RAID entries (issues carrying RAID fields) within a scope, answered for an actor.
 * It never returns "all issues": totals are aggregates computed by the store, lists are paged.
 *
 * <p>An entry is <em>open</em> while its status category is not Done. Every adapter means exactly that; the
 * contract test {@code RaidFactsContract} holds them to it.
 */
public interface RaidFacts {

    /**
     * Open RAID entries in the scope, counted by their probability and impact ratings. Entries with a rating
     * missing are counted in a cell with that rating 0, so nothing goes uncounted.
     *
     * @param types the RAID types to count, or empty for all
     * @throws RaidFieldsNotConfiguredException when the host has no RAID fields to count by
     */
    List<RaidCellCount> openEntriesByRating(Actor actor, IssueScope scope, Set<RaidType> types);
}
