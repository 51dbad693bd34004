package org.pmosuite.jira.portfolio;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.portfolio.BoardChangedException;
import org.pmosuite.jira.platform.ErrorCollection;

/** 409: a move named neighbours the board no longer has in that order; the mover reloads. */
@Provider
public class BoardChangedMapper implements ExceptionMapper<BoardChangedException> {

    private final I18nResolver i18n;

    @Inject
    public BoardChangedMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(BoardChangedException exception) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(BoardChangedException.MESSAGE_KEY)))
                .build();
    }
}
