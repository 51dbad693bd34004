package org.pmosuite.jira.raid;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.raid.setup.RaidSetupForbiddenException;
import org.pmosuite.jira.platform.ErrorCollection;

/** 403 with the reason: the caller browses the project but does not administer it. */
@Provider
public class RaidSetupForbiddenMapper implements ExceptionMapper<RaidSetupForbiddenException> {

    private final I18nResolver i18n;

    @Inject
    public RaidSetupForbiddenMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(RaidSetupForbiddenException exception) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(RaidSetupForbiddenException.MESSAGE_KEY,
                        exception.projectKey())))
                .build();
    }
}
