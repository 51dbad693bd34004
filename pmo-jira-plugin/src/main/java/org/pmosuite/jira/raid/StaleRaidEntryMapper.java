package org.pmosuite.jira.raid;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.raid.StaleRaidEntryException;
import org.pmosuite.jira.platform.ErrorCollection;

/** 409 for a change based on an entry someone has changed since: never a silent lost update. */
@Provider
public class StaleRaidEntryMapper implements ExceptionMapper<StaleRaidEntryException> {

    private final I18nResolver i18n;

    @Inject
    public StaleRaidEntryMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(StaleRaidEntryException exception) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(StaleRaidEntryException.MESSAGE_KEY,
                        String.valueOf(exception.currentUpdated()))))
                .build();
    }
}
