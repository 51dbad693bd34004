package org.pmosuite.core.portfolio;

import java.util.Set;

/**
 * Which rows of a ranked board to show. Filters narrow the rows shown; ranks, running totals and the cut line stay
 * those of the whole board the viewer sees.
 *
 * @param projects   project keys to keep, or empty for all
 * @param statuses   status names to keep, or empty for all
 * @param themes     themes to keep, or empty for all
 * @param owners     owner user keys to keep, or empty for all
 * @param startAt    the first row of the page among those kept, from 0
 * @param maxResults the page size, 1 to {@link #MAX_PAGE}
 */
public record BoardQuery(Set<String> projects, Set<String> statuses, Set<String> themes, Set<String> owners,
        int startAt, int maxResults) {

    public static final int MAX_PAGE = 500;
    public static final int DEFAULT_PAGE = 100;

    public BoardQuery {
        projects = Set.copyOf(projects);
        statuses = Set.copyOf(statuses);
        themes = Set.copyOf(themes);
        owners = Set.copyOf(owners);
        if (startAt < 0 || maxResults < 1 || maxResults > MAX_PAGE) {
            throw new IllegalArgumentException("invalid page: " + startAt + ", " + maxResults);
        }
    }

    public static BoardQuery firstPage(int maxResults) {
        return new BoardQuery(Set.of(), Set.of(), Set.of(), Set.of(), 0, maxResults);
    }

    boolean keeps(RankedInitiative item) {
        Initiative initiative = item.initiative();
        return (projects.isEmpty() || projects.contains(initiative.project().key()))
                && (statuses.isEmpty() || statuses.contains(initiative.status()))
                && (themes.isEmpty() || (initiative.theme() != null && themes.contains(initiative.theme())))
                && (owners.isEmpty() || (initiative.ownerKey() != null && owners.contains(initiative.ownerKey())));
    }
}
