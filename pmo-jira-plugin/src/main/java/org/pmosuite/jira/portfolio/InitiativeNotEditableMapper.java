package org.pmosuite.jira.portfolio;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.portfolio.InitiativeNotEditableException;
import org.pmosuite.jira.platform.ErrorCollection;

/** 403: the caller may see the initiative but not edit it in Jira. */
@Provider
public class InitiativeNotEditableMapper implements ExceptionMapper<InitiativeNotEditableException> {

    private final I18nResolver i18n;

    @Inject
    public InitiativeNotEditableMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(InitiativeNotEditableException exception) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(InitiativeNotEditableException.MESSAGE_KEY, exception.issueKey())))
                .build();
    }
}
