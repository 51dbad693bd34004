package org.pmosuite.core.common;

/**
 * The actor asked about a project that does not exist or that they may not browse. The two cases are
 * deliberately indistinguishable, so that a project's existence never leaks.
 */
public class ProjectNotVisibleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String projectKey;

    public ProjectNotVisibleException(String projectKey) {
        super("project not visible: " + projectKey);
        this.projectKey = projectKey;
    }

    public String projectKey() {
        return projectKey;
    }
}
