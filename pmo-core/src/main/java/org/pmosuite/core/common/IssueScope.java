package org.pmosuite.core.common;

import java.util.Objects;
import java.util.Set;

/**
 * Which issues a question covers: a set of projects, optionally narrowed to issue types.
 * Only ever built from projects the actor may browse (see {@link ScopeResolver}).
 *
 * @param projectKeys the projects; never empty
 * @param issueTypes  issue type names to keep, or empty for all types
 */
public record IssueScope(Set<String> projectKeys, Set<String> issueTypes) {
    public IssueScope {
        Objects.requireNonNull(projectKeys, "projectKeys");
        Objects.requireNonNull(issueTypes, "issueTypes");
        if (projectKeys.isEmpty()) {
            throw new IllegalArgumentException("a scope covers at least one project");
        }
        projectKeys = Set.copyOf(projectKeys);
        issueTypes = Set.copyOf(issueTypes);
    }

    public static IssueScope ofProjects(Set<String> projectKeys) {
        return new IssueScope(projectKeys, Set.of());
    }
}
