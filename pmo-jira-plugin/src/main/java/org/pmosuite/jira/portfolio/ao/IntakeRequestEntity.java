package org.pmosuite.jira.portfolio.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A request for a new initiative in a portfolio's intake lane. Its proposed scoring inputs are
 * {@link IntakeInputEntity} rows, its decisions {@link IntakeDecisionEntity} rows.
 */
@Preload
@Table("PF_INTAKE")
public interface IntakeRequestEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String COLUMN_STATE = "INTAKE_STATE";

    @NotNull
    @Indexed
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getBusinessCase();

    void setBusinessCase(String businessCase);

    @StringLength(255)
    String getSponsor();

    void setSponsor(String sponsor);

    /** The intake state's enum name. */
    @NotNull
    @StringLength(32)
    String getIntakeState();

    void setIntakeState(String state);

    @NotNull
    @StringLength(255)
    String getRequestedBy();

    void setRequestedBy(String userKey);

    @NotNull
    Date getRequestedAt();

    void setRequestedAt(Date at);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    /** The initiative it became once accepted, else null. */
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);
}
