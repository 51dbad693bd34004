package org.pmosuite.jira.portfolio.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The current version of one versioned record of a portfolio (its definition, its ranking, a scenario, an intake
 * request), in a small row of its own so that a write can compare and set it although the facade has no UPDATE: the
 * write deletes the row on the condition {@code VERSION_KEY = ? AND ROW_VERSION = ?} and creates it again with the
 * next version, in the transaction that makes the change. Of two writers based on the same version only one deletes
 * the row; the other deletes nothing and is refused, or, when it raced the re-create, is refused by the unique key.
 * Table and column names are frozen: they live in customers' databases.
 */
@Preload
@Table("PF_VERSION")
public interface PortfolioVersionEntity extends Entity {

    String COLUMN_KEY = "VERSION_KEY";
    String COLUMN_PORTFOLIO = "PORTFOLIO_ID";
    String COLUMN_VERSION = "ROW_VERSION";

    /** {@code PORTFOLIO:<id>}, {@code RANK:<portfolio id>}, {@code SCENARIO:<id>} or {@code INTAKE:<id>}. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getVersionKey();

    void setVersionKey(String key);

    /** The portfolio the record belongs to, so that deleting a portfolio finds every row of it. */
    @NotNull
    @Indexed
    long getPortfolioId();

    void setPortfolioId(long portfolioId);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
