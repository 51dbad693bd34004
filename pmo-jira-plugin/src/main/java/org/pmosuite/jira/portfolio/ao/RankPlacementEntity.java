package org.pmosuite.jira.portfolio.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A PMO lead's placement of one initiative on one portfolio: at most one row per portfolio and issue, written only
 * while the portfolio's rank version is being compared and set, so a move touches one row whatever the board's size.
 * A key is stored as its position and tiebreak; no key (the initiative stands at its score) leaves both null. The
 * position is stored as the bits of the double ({@link Double#doubleToLongBits}): a key must read back exactly or
 * it no longer ranks between its neighbours, and Active Objects refuses doubles beyond the range of a float, and
 * negative infinity, which unscored initiatives stand at. Positions are compared in Java, never in SQL.
 */
@Preload
@Table("PF_PLACEMENT")
@Indexes({
    @Index(name = "pf_placement_issue", methodNames = {"getPortfolioId", "getIssueId"}),
    @Index(name = "pf_placement_project", methodNames = {"getPortfolioId", "getProjectId"})})
public interface RankPlacementEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String COLUMN_ISSUE = "ISSUE_ID";
    String COLUMN_PROJECT = "PROJECT_ID";
    String COLUMN_POSITION = "POSITION_BITS";

    @NotNull
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    /** The key's position as {@link Double#doubleToLongBits}; null when there is no key. */
    Long getPositionBits();

    void setPositionBits(Long bits);

    /** The key's tiebreak; null when there is no key. */
    @StringLength(255)
    String getTiebreak();

    void setTiebreak(String tiebreak);

    /** {@code NONE}, {@code IN} or {@code OUT}. */
    @NotNull
    @StringLength(16)
    String getForcing();

    void setForcing(String forcing);

    @NotNull
    @StringLength(255)
    String getDecidedBy();

    void setDecidedBy(String userKey);

    @NotNull
    Date getDecidedAt();

    void setDecidedAt(Date at);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
