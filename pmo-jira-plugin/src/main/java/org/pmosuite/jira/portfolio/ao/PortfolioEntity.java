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
 * A portfolio's definition, apart from its lists (scope, criteria, caps, owners), which have rows of their own. Its id
 * never changes; a change of the definition rewrites this row in a transaction that first compares and sets the
 * portfolio's {@link PortfolioVersionEntity version row}. Table and column names are frozen: they live in customers'
 * databases.
 */
@Preload
@Table("PORTFOLIO")
public interface PortfolioEntity extends Entity {

    String COLUMN_NAME_KEY = "NAME_KEY";
    String COLUMN_VERSION = "ROW_VERSION";

    /** The name exactly as typed. */
    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** The name folded to one case, so that the database refuses a second portfolio of the same name. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getNameKey();

    void setNameKey(String nameKey);

    /** May be null where the database stores an empty text as null. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** The scope's extra JQL filter, or null. */
    @StringLength(StringLength.UNLIMITED)
    String getJql();

    void setJql(String jql);

    /** The scoring model's enum name. */
    @NotNull
    @StringLength(32)
    String getScoringModel();

    void setScoringModel(String model);

    /** The capacity unit's enum name. */
    @NotNull
    @StringLength(32)
    String getCapacityUnit();

    void setCapacityUnit(String unit);

    @NotNull
    double getCapacityAmount();

    void setCapacityAmount(double amount);

    @StringLength(255)
    String getCapacityPeriod();

    void setCapacityPeriod(String period);

    @StringLength(255)
    String getIntakeProjectKey();

    void setIntakeProjectKey(String projectKey);

    /** The definition's version, as its version row holds it: 1 when created, +1 on each change. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    @NotNull
    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String userKey);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
