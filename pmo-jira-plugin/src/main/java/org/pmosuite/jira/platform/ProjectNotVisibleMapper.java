package org.pmosuite.jira.platform;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.common.ProjectNotVisibleException;

/**
 * 404 for a project that does not exist or may not be browsed, with one message for both, as Jira does: the
 * answer never reveals that a project the user cannot see exists.
 */
@Provider
public class ProjectNotVisibleMapper implements ExceptionMapper<ProjectNotVisibleException> {

    private final I18nResolver i18n;

    @Inject
    public ProjectNotVisibleMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(ProjectNotVisibleException exception) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText("pmo.common.error.project.notvisible",
                        exception.projectKey())))
                .build();
    }
}
