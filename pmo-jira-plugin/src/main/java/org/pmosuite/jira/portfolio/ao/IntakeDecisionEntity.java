package org.pmosuite.jira.portfolio.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One decision on an intake request, at its place among the request's decisions. */
@Preload
@Table("PF_INTAKE_DECISION")
public interface IntakeDecisionEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String COLUMN_REQUEST = "REQUEST_ID";

    @NotNull
    @Indexed
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    @NotNull
    @Indexed
    long getRequestId();

    void setRequestId(long requestId);

    /** 0 for the first decision. */
    @NotNull
    int getListIndex();

    void setListIndex(int index);

    /** The intake state it moved the request to. */
    @NotNull
    @StringLength(32)
    String getOutcome();

    void setOutcome(String outcome);

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
