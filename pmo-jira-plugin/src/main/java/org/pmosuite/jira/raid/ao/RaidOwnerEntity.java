package org.pmosuite.jira.raid.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A user who has been named the owner of a RAID entry, once: the candidates the register groups by owner over in
 * Jira, where no query lists the distinct values of a field. A row is never removed; a candidate who owns nothing
 * any more simply counts zero. Table and column names are frozen: they live in customers' databases.
 */
@Table("RAID_OWNER")
public interface RaidOwnerEntity extends Entity {

    String COLUMN_USER_KEY = "USER_KEY";

    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);
}
