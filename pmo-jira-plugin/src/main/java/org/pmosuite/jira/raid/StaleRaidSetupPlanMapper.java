package org.pmosuite.jira.raid;

import java.util.List;
import java.util.Map;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmosuite.core.raid.setup.StaleRaidSetupPlanException;

/** 409 when the reviewed dry run no longer holds: nothing changed, and the body carries the current dry run. */
@Provider
public class StaleRaidSetupPlanMapper implements ExceptionMapper<StaleRaidSetupPlanException> {

    private final I18nResolver i18n;

    @Inject
    public StaleRaidSetupPlanMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(StaleRaidSetupPlanException exception) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RaidSetupJson.Stale(List.of(i18n.getText(StaleRaidSetupPlanException.MESSAGE_KEY)),
                        Map.of(), RaidSetupJson.Plan.of(exception.current(), i18n)))
                .build();
    }
}
