package org.pmosuite.activeobjects;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A small entity to prove the host with. */
@Table("HOST_PROBE")
public interface ProbeEntity extends Entity {
    @NotNull
    @Indexed
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    long getVersion();

    void setVersion(long version);
}
