package org.pmosuite.jira.raid;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.raid.RaidEntryNotEditableException;
import org.pmosuite.jira.platform.ErrorCollection;

/** 403 with the reason: the caller sees the project or entry but may not change it. */
@Provider
public class RaidEntryNotEditableMapper implements ExceptionMapper<RaidEntryNotEditableException> {

    private final I18nResolver i18n;

    @Inject
    public RaidEntryNotEditableMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(RaidEntryNotEditableException exception) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(RaidEntryNotEditableException.MESSAGE_KEY,
                        exception.key())))
                .build();
    }
}
