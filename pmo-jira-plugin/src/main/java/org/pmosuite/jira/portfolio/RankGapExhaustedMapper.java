package org.pmosuite.jira.portfolio;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.portfolio.RankGapExhaustedException;
import org.pmosuite.jira.platform.ErrorCollection;

/**
 * 409: so many moves went into one place between two neighbours that no rank key is left between them. Nothing was
 * written; the mover places the initiative beside other neighbours. (Rebalancing such a gap is not built yet.)
 */
@Provider
public class RankGapExhaustedMapper implements ExceptionMapper<RankGapExhaustedException> {

    static final String MESSAGE_KEY = "pmo.portfolio.error.rank-gap";

    private final I18nResolver i18n;

    @Inject
    public RankGapExhaustedMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(RankGapExhaustedException exception) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(MESSAGE_KEY)))
                .build();
    }
}
