package org.pmosuite.jira.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One scoring input an intake request proposes. */
@Preload
@Table("PF_INTAKE_INPUT")
public interface IntakeInputEntity extends Entity {

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

    /** The scoring input's enum name. */
    @NotNull
    @StringLength(64)
    String getInputName();

    void setInputName(String input);

    @NotNull
    double getInputValue();

    void setInputValue(double value);
}
