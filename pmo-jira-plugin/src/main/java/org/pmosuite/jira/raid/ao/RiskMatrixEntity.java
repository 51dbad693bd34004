package org.pmosuite.jira.raid.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A stored risk matrix: the portfolio default or one project's override. A save replaces the row through a delete
 * conditioned on the version it read ({@code ID = ? AND ROW_VERSION = ?}); a stale writer's delete finds nothing.
 * Table and column names are frozen: they live in customers' databases.
 */
@Table("RAID_MATRIX")
public interface RiskMatrixEntity extends Entity {

    String COLUMN_SCOPE = "SCOPE_KEY";
    String COLUMN_VERSION = "ROW_VERSION";

    /** {@code PORTFOLIO}, or {@code PROJECT:<project id>}: one row per scope at most. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getScopeKey();

    void setScopeKey(String scopeKey);

    /** 1 for the first save of a scope, one more with every save after it. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    @NotNull
    int getMatrixSize();

    void setMatrixSize(int size);

    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String userKey);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
