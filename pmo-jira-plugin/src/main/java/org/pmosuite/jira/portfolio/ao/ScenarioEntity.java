package org.pmosuite.jira.portfolio.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A named what-if of a portfolio. Its criteria and caps are {@link CriterionEntity} and {@link CategoryCapEntity} rows
 * with its id, its forcings {@link ScenarioForcingEntity} rows. What it leaves to the baseline is null: the model (and
 * then it has no criteria or caps) or the capacity unit (and then no capacity).
 */
@Preload
@Table("PF_SCENARIO")
public interface ScenarioEntity extends Entity {

    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String COLUMN_NAME_KEY = "NAME_KEY";

    @NotNull
    @Indexed
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** {@code <portfolio id>:<name folded to one case>}, so that the database refuses a second of the same name. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getNameKey();

    void setNameKey(String nameKey);

    /** The scoring model's enum name, or null for the baseline's scoring. */
    @StringLength(32)
    String getScoringModel();

    void setScoringModel(String model);

    /** The capacity unit's enum name, or null for the baseline's capacity. */
    @StringLength(32)
    String getCapacityUnit();

    void setCapacityUnit(String unit);

    Double getCapacityAmount();

    void setCapacityAmount(Double amount);

    @StringLength(255)
    String getCapacityPeriod();

    void setCapacityPeriod(String period);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    @NotNull
    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String userKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date at);
}
