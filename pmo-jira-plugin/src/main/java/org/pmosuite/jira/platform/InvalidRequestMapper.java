package org.pmosuite.jira.platform;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.common.InvalidRequestException;

/** 400 with per-field messages, in Jira's error shape. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    private final I18nResolver i18n;

    @Inject
    public InvalidRequestMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(InvalidRequestException exception) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Messages.errors(i18n, exception))
                .build();
    }
}
