package org.pmosuite.core.common;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the projects a request names into the projects the actor may see; the one gate for cross-project figures. */
public final class ScopeResolver {

    private final ProjectAccess projectAccess;

    public ScopeResolver(ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
    }

    /**
     * The browsable projects among those requested, in request order; all browsable projects when none are named.
     * Keys match as Jira matches them: trimmed, whatever their case.
     *
     * @throws ProjectNotVisibleException for the first requested project the actor may not browse
     */
    public List<ProjectRef> resolve(Actor actor, Collection<String> requestedKeys) {
        List<ProjectRef> all = projectAccess.browsableProjects(actor);
        if (requestedKeys.isEmpty()) {
            return all;
        }
        Map<String, ProjectRef> browsable = all.stream()
                .collect(Collectors.toMap(ProjectRef::key, Function.identity(), (a, b) -> a));
        Set<String> keys = new LinkedHashSet<>();
        requestedKeys.forEach(key -> keys.add(key.trim().toUpperCase(Locale.ROOT)));
        return keys.stream()
                .map(key -> {
                    ProjectRef project = browsable.get(key);
                    if (project == null) {
                        throw new ProjectNotVisibleException(key);
                    }
                    return project;
                })
                .toList();
    }
}
