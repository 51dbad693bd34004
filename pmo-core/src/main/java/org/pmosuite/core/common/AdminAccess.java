package org.pmosuite.core.common;

/**
 * Port: who may change configuration. A Jira administrator changes what holds for every project (such as the
 * portfolio's default risk matrix); a project administrator changes what holds for their project.
 */
public interface AdminAccess {

    boolean isAdministrator(Actor actor);

    /** Whether the actor holds the host's "administer project" permission for this project (administrators do). */
    boolean administersProject(Actor actor, ProjectRef project);
}
