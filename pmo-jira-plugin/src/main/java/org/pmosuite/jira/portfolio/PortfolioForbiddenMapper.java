package org.pmosuite.jira.portfolio;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.portfolio.PortfolioForbiddenException;
import org.pmosuite.jira.platform.ErrorCollection;

/** 403 with the reason the caller may see the portfolio but not do this. */
@Provider
public class PortfolioForbiddenMapper implements ExceptionMapper<PortfolioForbiddenException> {

    private final I18nResolver i18n;

    @Inject
    public PortfolioForbiddenMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(PortfolioForbiddenException exception) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(exception.messageKey())))
                .build();
    }
}
