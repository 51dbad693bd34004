package org.pmosuite.jira.platform;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the REST framework itself refuses on the app's resources (a method the path does not take, a body that is
 * not JSON, an answer type the client will not accept) in Jira's error shape with a message a person can act on,
 * keeping the status and headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final I18nResolver i18n;

    @Inject
    public WebApplicationExceptionMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response refused = exception.getResponse();
        if (refused.hasEntity()) {
            return refused;
        }
        int status = refused.getStatus();
        String message = switch (status) {
            case 404 -> i18n.getText("pmo.common.error.rest.notfound");
            case 405 -> i18n.getText("pmo.common.error.rest.method", String.join(", ", refused.getAllowedMethods()));
            case 406 -> i18n.getText("pmo.common.error.rest.accept");
            case 415 -> i18n.getText("pmo.common.error.rest.mediatype");
            default -> status >= 500 ? i18n.getText("pmo.common.error.server") : i18n.getText("pmo.common.error.invalid");
        };
        return Response.fromResponse(refused).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(message)).build();
    }
}
