package org.pmosuite.jira.platform;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.common.StaleVersionException;

/** 409 for a write based on a version someone else has replaced meanwhile: never a silent lost update. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    private final I18nResolver i18n;

    @Inject
    public StaleVersionMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(StaleVersionException exception) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(StaleVersionException.MESSAGE_KEY,
                        String.valueOf(exception.currentVersion()))))
                .build();
    }
}
