package org.pmosuite.jira.raid;

import java.util.List;
import java.util.Optional;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.raid.EffectiveRiskMatrix;
import org.pmosuite.core.raid.RiskMatrixService;
import org.pmosuite.jira.platform.AccessDeniedException;
import org.pmosuite.jira.platform.RestResponses;

/**
 * {@code /rest/pmo/1.0/raid/matrix[?project=KEY]}: the risk matrix of a project, or the portfolio default without a
 * project. Anyone who may browse the project reads it; its project administrators change it, and Jira administrators
 * change the portfolio default. A change names the version it is based on; a stale one answers 409.
 */
@Path("raid/matrix")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RiskMatrixResource {

    private final RiskMatrixService matrices;
    private final ScopeResolver scopeResolver;
    private final AdminAccess adminAccess;
    private final CurrentActor currentActor;
    private final I18nResolver i18n;

    @Inject
    public RiskMatrixResource(RiskMatrixService matrices, ScopeResolver scopeResolver, AdminAccess adminAccess,
            CurrentActor currentActor, I18nResolver i18n) {
        this.matrices = matrices;
        this.scopeResolver = scopeResolver;
        this.adminAccess = adminAccess;
        this.currentActor = currentActor;
        this.i18n = i18n;
    }

    /** What the matrix page reads: the matrix that applies, and whether the caller may change it. */
    public record RiskMatrixView(RaidHeatMapJson.Project project, boolean canEdit, RiskMatrixJson matrix) {
    }

    @GET
    public Response matrix(@QueryParam("project") String projectKey) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        Optional<ProjectRef> project = project(actor.get(), projectKey);
        EffectiveRiskMatrix matrix = project.map(matrices::forProject).orElseGet(matrices::portfolioDefault);
        return ok(view(actor.get(), project, matrix));
    }

    @PUT
    @WebSudoRequired
    public Response change(@QueryParam("project") String projectKey, RiskMatrixChangeJson change) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        Optional<ProjectRef> project = project(actor.get(), projectKey);
        requireEditor(actor.get(), project);
        if (change == null) {
            throw new InvalidRequestException(List.of(FieldError.of("matrix", "pmo.raid.matrix.error.body")));
        }
        long version = version(change.version());
        EffectiveRiskMatrix saved = project.isPresent()
                ? matrices.saveForProject(project.get(), change.draft(), version, actor.get())
                : matrices.savePortfolioDefault(change.draft(), version, actor.get());
        return ok(view(actor.get(), project, saved));
    }

    /** A project goes back to the portfolio default. */
    @DELETE
    @WebSudoRequired
    public Response reset(@QueryParam("project") String projectKey, @QueryParam("version") String version) {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return RestResponses.notLoggedIn(i18n);
        }
        if (projectKey == null || projectKey.isBlank()) {
            throw new InvalidRequestException(List.of(FieldError.of("project",
                    "pmo.raid.matrix.error.reset.portfolio")));
        }
        Optional<ProjectRef> project = project(actor.get(), projectKey);
        requireEditor(actor.get(), project);
        EffectiveRiskMatrix inherited = matrices.resetProject(project.orElseThrow(), version(parse(version)));
        return ok(view(actor.get(), project, inherited));
    }

    private Optional<ProjectRef> project(Actor actor, String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(scopeResolver.resolve(actor, List.of(projectKey)).get(0));
    }

    private boolean mayEdit(Actor actor, Optional<ProjectRef> project) {
        return project.map(p -> adminAccess.administersProject(actor, p))
                .orElseGet(() -> adminAccess.isAdministrator(actor));
    }

    private void requireEditor(Actor actor, Optional<ProjectRef> project) {
        if (!mayEdit(actor, project)) {
            throw project.map(p -> new AccessDeniedException("pmo.raid.matrix.error.forbidden.project", p.key()))
                    .orElseGet(() -> new AccessDeniedException("pmo.raid.matrix.error.forbidden.portfolio", ""));
        }
    }

    private RiskMatrixView view(Actor actor, Optional<ProjectRef> project, EffectiveRiskMatrix matrix) {
        return new RiskMatrixView(project.map(p -> new RaidHeatMapJson.Project(p.key(), p.name())).orElse(null),
                mayEdit(actor, project), RiskMatrixJson.of(matrix));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(List.of(FieldError.of("version", "pmo.raid.matrix.error.version")));
        }
        if (version < 0) {
            throw new InvalidRequestException(List.of(FieldError.of("version", "pmo.raid.matrix.error.version")));
        }
        return version;
    }

    private static Long parse(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Response ok(Object body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(body).cacheControl(noStore).build();
    }

}
