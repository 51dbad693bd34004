package org.pmosuite.core.raid.setup;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A screen a project uses for RAID issue types, with the RAID fields it already holds.
 *
 * @param id               the host's id of the screen
 * @param operations       what the project uses it for, for at least one RAID issue type
 * @param sharedByProjects how many projects use the screen, this one included: adding a field changes them all
 */
public record ProjectScreen(String id, String name, Set<ScreenOperation> operations, Set<RaidCustomField> fields,
        int sharedByProjects) {

    public ProjectScreen {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        operations = operations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(operations));
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
        if (sharedByProjects < 1) {
            throw new IllegalArgumentException("a project's screen is used by at least that project");
        }
    }
}
