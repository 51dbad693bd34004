package org.pmosuite.jira.raid;

import java.util.List;
import java.util.Optional;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.raid.setup.RaidSetupService;
import org.pmosuite.jira.platform.RestResponses;

/**
 * {@code /rest/pmo/1.0/raid/setup}: enabling RAID for a project. {@code GET ?project=KEY} is the dry run, listing
 * every change and changing nothing; {@code POST} with the dry run's fingerprint applies exactly those changes, in a
 * secure administrator session, and reports them. Only the project's administrators do either (403 otherwise); a
 * dry run that no longer holds answers 409 with the current one.
 */
@Path("raid/setup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RaidSetupResource {

    private final RaidSetupService setup;
    private final CurrentActor currentActor;
    private final I18nResolver i18n;

    @Inject
    public RaidSetupResource(RaidSetupService setup, CurrentActor currentActor, I18nResolver i18n) {
        this.setup = setup;
        this.currentActor = currentActor;
        this.i18n = i18n;
    }

    @GET
    public Response plan(@QueryParam("project") String projectKey) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        return ok(RaidSetupJson.Plan.of(setup.plan(actor.get(), projectKey), i18n));
    }

    @POST
    @WebSudoRequired
    public Response apply(RaidSetupJson.ApplyRequest request) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        if (request == null) {
            throw new InvalidRequestException(List.of(FieldError.of("project", "pmo.common.error.project.blank")));
        }
        return ok(RaidSetupJson.Report.of(setup.apply(actor.get(), request.project(), request.fingerprint()), i18n));
    }

    private static Response ok(Object body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(body).cacheControl(noStore).build();
    }
}
