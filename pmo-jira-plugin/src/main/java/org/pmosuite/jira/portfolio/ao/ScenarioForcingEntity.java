package org.pmosuite.jira.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The forcing a scenario tries for one initiative. */
@Preload
@Table("PF_SCENARIO_FORCING")
public interface ScenarioForcingEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String COLUMN_SCENARIO = "SCENARIO_ID";

    @NotNull
    @Indexed
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    @NotNull
    @Indexed
    long getScenarioId();

    void setScenarioId(long scenarioId);

    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    /** {@code NONE}, {@code IN} or {@code OUT}. */
    @NotNull
    @StringLength(16)
    String getForcing();

    void setForcing(String forcing);
}
