package org.pmosuite.core.raid.setup;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A screen a project uses for RAID issue types, with the RAID fields it already holds.
 *
 * @param id               the host's id of the screen
 * @param operations       what the project uses it for, for at least one RAID issue type
 * @param projectIds the ids of every project that uses the screen, this one included: adding a field changes them
 *                   all (the plan counts only those the viewer may browse)
 */
public record ProjectScreen(String id, String name, Set<ScreenOperation> operations, Set<RaidCustomField> fields,
        Set<Long> projectIds) {

    public ProjectScreen {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        operations = operations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(operations));
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
        projectIds = Set.copyOf(projectIds);
        if (projectIds.isEmpty()) {
            throw new IllegalArgumentException("a project's screen is used by at least that project");
        }
    }
}
