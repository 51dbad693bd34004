package org.pmosuite.jira.raid;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.jira.platform.ErrorCollection;

/**
 * 409 when Jira has no RAID fields to count by: the state of the site, not the request, stops the answer. The reason
 * names the missing fields, so an administrator knows what to set up; never an empty map that reads as "no risks".
 */
@Provider
public class RaidFieldsNotConfiguredMapper implements ExceptionMapper<RaidFieldsNotConfiguredException> {

    private final I18nResolver i18n;

    @Inject
    public RaidFieldsNotConfiguredMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(RaidFieldsNotConfiguredException exception) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorCollection.of(i18n.getText(RaidFieldsNotConfiguredException.MESSAGE_KEY,
                        String.join(", ", exception.missingFields()))))
                .build();
    }
}
