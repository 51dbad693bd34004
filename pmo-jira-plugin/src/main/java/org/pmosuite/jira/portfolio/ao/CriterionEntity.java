package org.pmosuite.jira.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One weighted criterion of a scoring configuration, at its place in the list: of the portfolio's own scoring when
 * {@code SCENARIO_ID} is 0, else of that scenario's.
 */
@Preload
@Table("PF_CRITERION")
public interface CriterionEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String COLUMN_SCENARIO = "SCENARIO_ID";

    @NotNull
    @Indexed
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    /** 0 for the portfolio's own scoring. */
    @NotNull
    @Indexed
    long getScenarioId();

    void setScenarioId(long scenarioId);

    /** 0 for the first criterion. */
    @NotNull
    int getListIndex();

    void setListIndex(int index);

    /** The criterion's own id. */
    @NotNull
    @StringLength(255)
    String getCriterionKey();

    void setCriterionKey(String key);

    /** The scoring input's enum name. */
    @NotNull
    @StringLength(64)
    String getInputName();

    void setInputName(String input);

    @NotNull
    double getWeight();

    void setWeight(double weight);

    /** {@code BENEFIT} or {@code COST}. */
    @NotNull
    @StringLength(16)
    String getDirection();

    void setDirection(String direction);
}
