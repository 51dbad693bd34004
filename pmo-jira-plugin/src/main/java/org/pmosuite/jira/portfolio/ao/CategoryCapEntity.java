package org.pmosuite.jira.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The cap of one MoSCoW category, as a percentage of capacity, of a scoring configuration: the portfolio's own when
 * {@code SCENARIO_ID} is 0, else that scenario's.
 */
@Preload
@Table("PF_CATEGORY_CAP")
public interface CategoryCapEntity extends Entity {

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

    /** The category's enum name. */
    @NotNull
    @StringLength(16)
    String getCategory();

    void setCategory(String category);

    @NotNull
    double getCapPercent();

    void setCapPercent(double percent);
}
