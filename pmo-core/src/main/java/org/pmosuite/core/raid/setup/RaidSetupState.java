package org.pmosuite.core.raid.setup;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the host holds today that RAID setup cares about, for one project.
 *
 * @param existingFields     the RAID fields that exist in the host (for any project)
 * @param existingIssueTypes the names of the issue types that exist in the host
 * @param projectIssueTypes  the names of the issue types the project offers
 * @param issueTypeScheme    the name of the project's issue type scheme, where new types are added
 * @param schemeProjectIds   the ids of every project that uses that scheme, this one included
 * @param screens            the project's screens, each once, whatever it is used for
 */
public record RaidSetupState(Set<RaidCustomField> existingFields, Set<String> existingIssueTypes,
        Set<String> projectIssueTypes, String issueTypeScheme, Set<Long> schemeProjectIds, List<ProjectScreen> screens) {

    public RaidSetupState {
        existingFields = existingFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(existingFields));
        existingIssueTypes = Set.copyOf(existingIssueTypes);
        projectIssueTypes = Set.copyOf(projectIssueTypes);
        Objects.requireNonNull(issueTypeScheme, "issueTypeScheme");
        schemeProjectIds = Set.copyOf(schemeProjectIds);
        screens = List.copyOf(screens);
    }
}
