package org.pmosuite.jira.raid;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.ViewerCalendar;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidEntryDraft;
import org.pmosuite.core.raid.RaidEntryNotFoundException;
import org.pmosuite.core.raid.RaidEntryService;
import org.pmosuite.core.raid.RaidLogRow;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RiskMatrixService;
import org.pmosuite.jira.platform.RestResponses;

/**
 * {@code /rest/pmo/1.0/raid/entries}: one RAID entry read ({@code GET /{key}}), created ({@code POST ?project=KEY})
 * or changed ({@code PUT /{key}}, naming the {@code updated} time it was read at; a stale change answers 409). A body
 * is the entry's JSON: what {@code GET} answers may be sent back changed; its read-only members are ignored, an
 * unknown member is a 400. Validation is the core's, against the project's risk matrix: 400 per field, nothing
 * stored.
 */
@Path("raid/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RaidEntryResource {


    private final RaidEntryService entries;
    private final RiskMatrixService matrices;
    private final ScopeResolver scopeResolver;
    private final CurrentActor currentActor;
    private final I18nResolver i18n;
    private final ViewerCalendar calendar;

    @Inject
    public RaidEntryResource(RaidEntryService entries, RiskMatrixService matrices, ScopeResolver scopeResolver,
            CurrentActor currentActor, I18nResolver i18n, ViewerCalendar calendar) {
        this.entries = entries;
        this.matrices = matrices;
        this.scopeResolver = scopeResolver;
        this.currentActor = currentActor;
        this.i18n = i18n;
        this.calendar = calendar;
    }

    @GET
    @Path("{key}")
    public Response entry(@PathParam("key") String key) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        return ok(Response.Status.OK, json(actor.get(), entries.find(actor.get(), key)));
    }

    @POST
    public Response create(@QueryParam("project") String project, Map<String, Object> body) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        RaidEntry created = entries.create(actor.get(), project, draft(body));
        return ok(Response.Status.CREATED, json(actor.get(), created));
    }

    @PUT
    @Path("{key}")
    public Response change(@PathParam("key") String key, Map<String, Object> body) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        Instant updated = updated(body);
        return ok(Response.Status.OK, json(actor.get(), entries.update(actor.get(), key, draft(body), updated)));
    }

    /** The writable members of the body; an owner or depended-on issue sent back as read becomes its key. */
    private static RaidEntryDraft draft(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(FieldError.of("entry", "pmo.raid.error.body")));
        }
        Map<String, Object> fields = new LinkedHashMap<>(body);
        // Members of the entry's JSON that a change never writes.
        List.of("key", "projectKey", "score", "band", "open", "status", "attention", "updated")
                .forEach(fields::remove);
        for (String reference : List.of("owner", "dependsOn")) {
            if (fields.get(reference) instanceof Map<?, ?> object) {
                if (Boolean.FALSE.equals(object.get("visible"))) {
                    // A depended-on issue the caller may not see, sent back as read: kept as stored.
                    fields.remove(reference);
                } else {
                    fields.put(reference, object.get("key"));
                }
            }
        }
        return RaidEntryDraft.of(fields);
    }

    private static Instant updated(Map<String, Object> body) {
        Object value = body == null ? null : body.get("updated");
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(FieldError.of("updated", "pmo.raid.error.updated.format",
                    String.valueOf(value))));
        }
    }

    private RaidLogJson.Entry json(Actor actor, RaidEntry entry) {
        ProjectRef project;
        try {
            project = scopeResolver.resolve(actor, List.of(entry.projectKey())).get(0);
        } catch (ProjectNotVisibleException e) {
            throw new RaidEntryNotFoundException(entry.issueKey());
        }
        RiskMatrix matrix = matrices.forProject(project).matrix();
        // Today on the server's calendar; the viewer's own time zone is a later refinement.
        return RaidLogJson.entry(RaidLogRow.of(entry, matrix, calendar.today(actor)), i18n);
    }

    private static Response ok(Response.Status status, Object body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).entity(body).cacheControl(noStore).build();
    }

}
