package org.pmosuite.jira.portfolio.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One line of a portfolio's audit log; rows are only ever added, and removed with the portfolio. */
@Preload
@Table("PF_AUDIT")
@Indexes({
    @Index(name = "pf_audit_time", methodNames = {"getPortfolioId", "getHappenedAt"}),
    @Index(name = "pf_audit_project", methodNames = {"getPortfolioId", "getProjectId"})})
public interface PortfolioAuditEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String COLUMN_PROJECT = "PROJECT_ID";
    String COLUMN_AT = "HAPPENED_AT";

    @NotNull
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    @NotNull
    Date getHappenedAt();

    void setHappenedAt(Date at);

    @NotNull
    @StringLength(255)
    String getActorKey();

    void setActorKey(String userKey);

    /** The audit action's enum name. */
    @NotNull
    @StringLength(64)
    String getAuditAction();

    void setAuditAction(String action);

    /** The initiative, or null for the whole portfolio. */
    Long getIssueId();

    void setIssueId(Long issueId);

    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** The initiative's project, or null for the whole portfolio. */
    Long getProjectId();

    void setProjectId(Long projectId);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
