package org.pmosuite.core.portfolio;

import java.util.Objects;
import java.util.Set;

/**
 * Which Jira issues are a portfolio's initiatives: those of these projects and issue types, narrowed by an optional
 * JQL filter. A viewer sees only those in projects they may browse.
 *
 * @param projectKeys the projects; never empty
 * @param issueTypes  issue type names, such as {@code Epic} or {@code Initiative}; never empty
 * @param jql         an extra JQL filter, or null
 */
public record PortfolioScope(Set<String> projectKeys, Set<String> issueTypes, String jql) {
    public PortfolioScope {
        projectKeys = Set.copyOf(Objects.requireNonNull(projectKeys, "projectKeys"));
        issueTypes = Set.copyOf(Objects.requireNonNull(issueTypes, "issueTypes"));
        if (projectKeys.isEmpty() || issueTypes.isEmpty()) {
            throw new IllegalArgumentException("a portfolio scope names at least one project and one issue type");
        }
        jql = jql == null || jql.isBlank() ? null : jql.strip();
    }
}
