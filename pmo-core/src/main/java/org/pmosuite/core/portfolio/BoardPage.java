package org.pmosuite.core.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page of a portfolio's ranked board, for one viewer.
 *
 * @param portfolio    the portfolio
 * @param mayRank      whether the viewer may move, force and edit the portfolio
 * @param items        the page's rows, in rank order
 * @param matching     how many rows the filters keep
 * @param visible      how many initiatives the viewer sees on the whole board
 * @param unscored     how many of those cannot be scored (inputs missing or invalid)
 * @param cutLine      the cut line of the whole board the viewer sees
 * @param facets       the filter values present on the board
 * @param startAt      the page's first row among those kept
 * @param maxResults   the page size asked for
 * @param readAt       when the viewer's initiatives were read from Jira (kept between requests since)
 */
public record BoardPage(StoredPortfolio portfolio, boolean mayRank, List<RankedInitiative> items, int matching,
        int visible, int unscored, CutLine cutLine, BoardFacets facets, int startAt, int maxResults, Instant readAt) {
    public BoardPage {
        Objects.requireNonNull(portfolio, "portfolio");
        items = List.copyOf(items);
        Objects.requireNonNull(cutLine, "cutLine");
        Objects.requireNonNull(facets, "facets");
        Objects.requireNonNull(readAt, "readAt");
    }
}
