package org.pmosuite.core.raid;

import java.time.Instant;
import java.util.Optional;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;

/**
 * Port: writes and reads single RAID entries, as the actor. The change is already checked in form
 * ({@link RaidEntryDraft}); the adapter checks what only the host knows and reports it like a form error, with an
 * {@link org.pmosuite.core.common.InvalidRequestException}: {@code owner} naming no user
 * ({@code pmo.raid.error.owner.unknown}, argument the key) and {@code dependsOn} naming no issue the actor may see
 * ({@code pmo.raid.error.dependson.unknown}, argument the key). The adapter also writes the score field
 * (probability x impact, or empty) with the ratings.
 */
public interface RaidEntries {

    /**
     * Creates the entry as an issue of the project.
     *
     * @param change a creation ({@link RaidEntryChange#isCreation()})
     * @throws RaidEntryNotEditableException when the actor may not create issues in the project
     */
    RaidEntry create(Actor actor, ProjectRef project, RaidEntryChange change);

    /**
     * Writes the changed fields, and only those, if the issue is still as it was at {@code expectedUpdated}; the
     * check and the write are one step.
     *
     * @throws RaidEntryNotFoundException    when the issue is absent or not visible to the actor
     * @throws RaidEntryNotEditableException when the actor may see but not edit it
     * @throws StaleRaidEntryException       when it was updated since {@code expectedUpdated}; nothing is written
     */
    RaidEntry update(Actor actor, String issueKey, RaidEntryChange change, Instant expectedUpdated);

    /** The entry, as the actor sees it; empty alike when it is absent, not visible, or an issue without a RAID type. */
    Optional<RaidEntry> find(Actor actor, String issueKey);
}
