package org.pmosuite.jira.raid.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One score band of a stored matrix: from its lowest score up to the next band's. */
@Table("RAID_MATRIX_BAND")
public interface RiskMatrixBandEntity extends Entity {

    String COLUMN_MATRIX = "MATRIX_ID";

    @NotNull
    @Indexed
    int getMatrixId();

    void setMatrixId(int matrixId);

    /** The band's meaning: LOW, MEDIUM, HIGH or CRITICAL. */
    @NotNull
    @StringLength(16)
    String getBandKey();

    void setBandKey(String key);

    @NotNull
    @StringLength(255)
    String getLabel();

    void setLabel(String label);

    @NotNull
    int getMinScore();

    void setMinScore(int minScore);

    /** {@code #rrggbb}. */
    @NotNull
    @StringLength(7)
    String getColour();

    void setColour(String colour);
}
