package org.pmosuite.jira.raid;

import java.util.List;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.pmosuite.core.raid.RaidHeatMapQuery;
import org.pmosuite.core.raid.RaidHeatMapService;
import org.pmosuite.jira.platform.RestResponses;

/**
 * {@code GET /rest/pmo/1.0/raid/heatmap?project=KEY&type=RISK}: open RAID entries by probability and
 * impact, over the named projects, or over every project the caller may browse when none is named. The map is drawn
 * on the configured risk matrix: one project's own, or the portfolio default for several.
 */
@Path("raid/heatmap")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RaidHeatMapResource {

    private final RaidHeatMapService heatMaps;
    private final CurrentActor currentActor;
    private final I18nResolver i18n;

    @Inject
    public RaidHeatMapResource(RaidHeatMapService heatMaps, CurrentActor currentActor, I18nResolver i18n) {
        this.heatMaps = heatMaps;
        this.currentActor = currentActor;
        this.i18n = i18n;
    }

    @GET
    public Response heatMap(@QueryParam("project") List<String> projects, @QueryParam("type") List<String> types,
            @QueryParam("size") String size) {
        Actor actor = currentActor.get().orElse(null);
        if (actor == null) {
            return RestResponses.notLoggedIn(i18n);
        }
        if (size != null) {
            // The configured risk matrix decides the size; a size asked for would draw labels and bands of another.
            throw new InvalidRequestException(List.of(FieldError.of("size", "pmo.raid.error.size.configured")));
        }
        RaidHeatMapQuery query = RaidHeatMapQuery.parse(projects, types);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(RaidHeatMapJson.of(heatMaps.heatMap(actor, query))).cacheControl(noStore).build();
    }
}
