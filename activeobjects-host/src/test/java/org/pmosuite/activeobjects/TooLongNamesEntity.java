package org.pmosuite.activeobjects;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** Breaks both naming rules, to prove the rules see it. */
@Table("PORTFOLIO_PRIORITY_SCORES")
public interface TooLongNamesEntity extends Entity {
    String getTheNameOfTheColumnThatIsMuchTooLong();

    void setTheNameOfTheColumnThatIsMuchTooLong(String value);
}
