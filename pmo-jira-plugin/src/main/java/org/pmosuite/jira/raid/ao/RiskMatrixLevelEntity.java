package org.pmosuite.jira.raid.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The label of one probability or impact rating of a stored matrix. */
@Table("RAID_MATRIX_LEVEL")
public interface RiskMatrixLevelEntity extends Entity {

    String COLUMN_MATRIX = "MATRIX_ID";

    @NotNull
    @Indexed
    int getMatrixId();

    void setMatrixId(int matrixId);

    /** {@code PROBABILITY} or {@code IMPACT}. */
    @NotNull
    @StringLength(16)
    String getAxis();

    void setAxis(String axis);

    /** 1 up to the matrix size. */
    @NotNull
    int getRating();

    void setRating(int rating);

    @NotNull
    @StringLength(255)
    String getLabel();

    void setLabel(String label);
}
