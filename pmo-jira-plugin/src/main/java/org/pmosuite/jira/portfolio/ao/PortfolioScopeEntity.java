package org.pmosuite.jira.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One project key or issue type of a portfolio's scope. */
@Preload
@Table("PF_SCOPE")
public interface PortfolioScopeEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String PROJECT = "PROJECT";
    String ISSUE_TYPE = "ISSUE_TYPE";

    @NotNull
    @Indexed
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    /** {@code PROJECT} or {@code ISSUE_TYPE}. */
    @NotNull
    @StringLength(16)
    String getScopeKind();

    void setScopeKind(String kind);

    /** The project key or the issue type name. */
    @NotNull
    @StringLength(255)
    String getScopeValue();

    void setScopeValue(String value);
}
