package org.pmosuite.jira.portfolio;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.portfolio.PortfolioNotFoundException;
import org.pmosuite.jira.platform.ErrorCollection;

/** 404, one answer for a portfolio that does not exist and one the caller may not see. */
@Provider
public class PortfolioNotFoundMapper implements ExceptionMapper<PortfolioNotFoundException> {

    private final I18nResolver i18n;

    @Inject
    public PortfolioNotFoundMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(PortfolioNotFoundException exception) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(PortfolioNotFoundException.MESSAGE_KEY)))
                .build();
    }
}
