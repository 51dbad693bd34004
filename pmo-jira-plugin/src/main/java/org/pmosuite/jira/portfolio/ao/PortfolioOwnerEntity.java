package org.pmosuite.jira.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One owner of a portfolio, at its place in the list. */
@Preload
@Table("PF_OWNER")
public interface PortfolioOwnerEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";

    @NotNull
    @Indexed
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    /** 0 for the first owner. */
    @NotNull
    int getListIndex();

    void setListIndex(int index);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);
}
