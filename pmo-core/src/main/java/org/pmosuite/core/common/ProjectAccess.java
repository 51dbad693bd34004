package org.pmosuite.core.common;

import java.util.List;

/** Port: the projects an actor may browse. Every cross-project figure is computed over these and no others. */
public interface ProjectAccess {

    /** The projects the actor may browse, ordered by key. Empty for an actor who may browse none. */
    List<ProjectRef> browsableProjects(Actor actor);
}
