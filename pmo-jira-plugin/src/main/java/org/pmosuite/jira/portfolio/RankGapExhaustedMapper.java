package org.pmosuite.jira.portfolio;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.portfolio.RankGapExhaustedException;
import org.pmosuite.jira.platform.ErrorCollection;

/** 409, never 500: a move into a gap that has no room left even after respacing its placements. */
@Provider
public class RankGapExhaustedMapper implements ExceptionMapper<RankGapExhaustedException> {

    private final I18nResolver i18n;

    @Inject
    public RankGapExhaustedMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(RankGapExhaustedException exception) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(RankGapExhaustedException.MESSAGE_KEY)))
                .build();
    }
}
