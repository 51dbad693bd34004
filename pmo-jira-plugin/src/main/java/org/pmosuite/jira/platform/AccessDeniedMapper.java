package org.pmosuite.jira.platform;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 403 with the reason, in Jira's error shape. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    private final I18nResolver i18n;

    @Inject
    public AccessDeniedMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(exception.messageKey(), exception.argument())))
                .build();
    }
}
