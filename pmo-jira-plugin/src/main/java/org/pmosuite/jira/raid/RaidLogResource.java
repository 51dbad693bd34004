package org.pmosuite.jira.raid;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.ViewerCalendar;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.raid.RaidLogGrouping;
import org.pmosuite.core.raid.RaidLogQuery;
import org.pmosuite.core.raid.RaidLogService;
import org.pmosuite.jira.platform.RestResponses;

/**
 * {@code GET /rest/pmo/1.0/raid/log}: a page of RAID entries over the named projects, or every project the caller may
 * browse: filtered by type, ROAM status, owner, band, heat-map cell and "needs attention", sorted by any column and
 * paged by the store. Parameters and answers: {@code docs/REST.md}.
 */
@Path("raid/log")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RaidLogResource {

    private final RaidLogService log;
    private final CurrentActor currentActor;
    private final I18nResolver i18n;
    private final ViewerCalendar calendar;

    @Inject
    public RaidLogResource(RaidLogService log, CurrentActor currentActor, I18nResolver i18n,
            ViewerCalendar calendar) {
        this.log = log;
        this.currentActor = currentActor;
        this.i18n = i18n;
        this.calendar = calendar;
    }

    /**
     * {@code GET /rest/pmo/1.0/raid/log/csv}: every entry the same filters select, in the same order, as CSV; paging
     * parameters are ignored. Streamed page by page.
     */
    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        RaidLogQuery query = RaidLogQuery.parse(uri.getQueryParameters());
        LocalDate today = calendar.today(actor.get());
        // Checked before any byte is sent, so a bad filter or a hidden project still answers 400 or 404.
        RaidLogService.Export export = log.export(actor.get(), query, today);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            RaidLogCsv.write(writer, i18n, export);
            writer.flush();
        };
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(body, "text/csv;charset=UTF-8").cacheControl(noStore)
                .header("Content-Disposition", "attachment; filename=\"raid-log-" + today + ".csv\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /**
     * {@code GET /rest/pmo/1.0/raid/log/groups?group=project|owner}: the groups of the entries the same filters
     * select, each with its totals; paging and sort parameters are ignored.
     */
    @GET
    @Path("groups")
    public Response groups(@Context UriInfo uri) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        RaidLogQuery query = RaidLogQuery.parse(uri.getQueryParameters());
        if (query.group() == null) {
            throw new InvalidRequestException(List.of(FieldError.of(RaidLogQuery.GROUP,
                    "pmo.raid.error.group.missing", Arrays.stream(RaidLogGrouping.values())
                            .map(RaidLogGrouping::jsonName).collect(Collectors.joining(", ")))));
        }
        List<RaidLogGroupsJson.Group> groups = log.groups(actor.get(), query, calendar.today(actor.get())).stream()
                .map(group -> new RaidLogGroupsJson.Group(group.key(), group.name(), group.total(),
                        group.needingAttention()))
                .toList();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new RaidLogGroupsJson(query.group().jsonName(), groups)).cacheControl(noStore).build();
    }

    @GET
    public Response page(@Context UriInfo uri) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        RaidLogQuery query = RaidLogQuery.parse(uri.getQueryParameters());
        LocalDate today = calendar.today(actor.get());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(RaidLogJson.of(log.page(actor.get(), query, today), i18n)).cacheControl(noStore).build();
    }
}
