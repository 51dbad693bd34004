package org.pmosuite.jira.portfolio;

import static org.pmosuite.jira.portfolio.PortfolioRequests.wholeNumber;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.UserDirectory;
import org.pmosuite.core.portfolio.BoardQuery;
import org.pmosuite.core.portfolio.PortfolioBoardService;
import org.pmosuite.core.portfolio.PortfolioService;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.jira.platform.RestResponses;

/**
 * {@code /rest/pmo/1.0/portfolios}: portfolios, their ranked boards (paged), scores with explanations, rank moves,
 * forcing, inline edits of scoring inputs and the audit log. Parameters and answers: {@code docs/REST.md}.
 */
@Path("portfolios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PortfolioResource {

    private final PortfolioService portfolios;
    private final PortfolioBoardService board;
    private final CurrentActor currentActor;
    private final I18nResolver i18n;
    private final UserDirectory users;

    @Inject
    public PortfolioResource(PortfolioService portfolios, PortfolioBoardService board, CurrentActor currentActor,
            I18nResolver i18n, UserDirectory users) {
        this.portfolios = portfolios;
        this.board = board;
        this.currentActor = currentActor;
        this.i18n = i18n;
        this.users = users;
    }

    @GET
    public Response list() {
        return as(actor -> ok(Response.Status.OK, new PortfolioJson.PortfolioList(portfolios.mayCreate(actor),
                portfolios.portfolios(actor).stream()
                        .map(portfolio -> PortfolioJson.portfolio(portfolio, portfolios.mayChange(actor, portfolio),
                                portfolios.visibleProjectKeys(actor, portfolio), i18n))
                        .toList())));
    }

    @POST
    public Response create(Map<String, Object> body) {
        return as(actor -> {
            StoredPortfolio created = portfolios.create(actor, PortfolioRequests.portfolio(body));
            return ok(Response.Status.CREATED, PortfolioJson.portfolio(created, true,
                    portfolios.visibleProjectKeys(actor, created), i18n));
        });
    }

    @GET
    @Path("{id}")
    public Response portfolio(@PathParam("id") String id) {
        return as(actor -> {
            StoredPortfolio portfolio = portfolios.portfolio(actor, id(id));
            return ok(Response.Status.OK, PortfolioJson.portfolio(portfolio, portfolios.mayChange(actor, portfolio),
                    portfolios.visibleProjectKeys(actor, portfolio), i18n));
        });
    }

    /** Replaces the definition; the body is what {@code GET} answered, changed, with its {@code version}. */
    @PUT
    @Path("{id}")
    public Response change(@PathParam("id") String id, Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = id(id);
            portfolios.portfolio(actor, portfolioId);
            long version = PortfolioRequests.version(body, "version");
            StoredPortfolio changed = portfolios.update(actor, portfolioId, PortfolioRequests.portfolio(body),
                    version);
            return ok(Response.Status.OK, PortfolioJson.portfolio(changed, true,
                    portfolios.visibleProjectKeys(actor, changed), i18n));
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        return as(actor -> {
            portfolios.delete(actor, id(id), wholeNumber("version", version));
            return Response.noContent().build();
        });
    }

    /**
     * One page of the ranked board: {@code startAt}, {@code maxResults} (1 to 500, default 100), and filters
     * {@code project}, {@code status}, {@code theme}, {@code owner}, each repeatable.
     */
    @GET
    @Path("{id}/items")
    public Response items(@PathParam("id") String id, @Context UriInfo uri) {
        return as(actor -> {
            long portfolioId = id(id);
            BoardQuery query = boardQuery(uri.getQueryParameters());
            var page = board.board(actor, portfolioId, query);
            return ok(Response.Status.OK, PortfolioJson.board(page,
                    portfolios.visibleProjectKeys(actor, page.portfolio()),
                    users.displayNames(PortfolioJson.manualDeciders(page)), i18n));
        });
    }

    /**
     * {@code GET {id}/items/csv}: every row the same filters keep, in rank order, with scores and their arithmetic,
     * as CSV; paging parameters are ignored.
     */
    @GET
    @Path("{id}/items/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @Context UriInfo uri) {
        return as(actor -> {
            long portfolioId = id(id);
            BoardQuery query = boardQuery(uri.getQueryParameters());
            // Read before any byte is sent, so a hidden portfolio or a bad filter still answers 404 or 400.
            PortfolioBoardService.Export export = board.export(actor, portfolioId, query);
            StreamingOutput body = output -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
                writer.write('\uFEFF');
                PortfolioCsv.write(writer, i18n, export);
                writer.flush();
            };
            String file = "portfolio-" + export.portfolio().id() + ".csv";
            return Response.ok(body, "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                    .header("Cache-Control", "no-store").build();
        });
    }

    @GET
    @Path("{id}/items/{key}/score")
    public Response score(@PathParam("id") String id, @PathParam("key") String key) {
        return as(actor -> ok(Response.Status.OK,
                PortfolioJson.explanation(board.explain(actor, id(id), key), i18n)));
    }

    /** Inline edit: {@code {"values": {"jobSize": 5}, "cleared": ["reach"]}}, written back to the issue. */
    @PUT
    @Path("{id}/items/{key}/inputs")
    public Response inputs(@PathParam("id") String id, @PathParam("key") String key, Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = id(id);
            portfolios.portfolio(actor, portfolioId);
            PortfolioRequests.InputChange change = PortfolioRequests.inputs(body);
            return ok(Response.Status.OK, PortfolioJson.explanation(
                    board.updateInputs(actor, portfolioId, key, change.values(), change.cleared()), i18n));
        });
    }

    /**
     * Reads the portfolio's initiatives from Jira again on every viewer's next request (its snapshots are otherwise
     * kept for minutes): for edits made in Jira's own screens. Anyone who sees the portfolio may; answers 204.
     */
    @POST
    @Path("{id}/refresh")
    public Response refresh(@PathParam("id") String id) {
        return as(actor -> {
            board.refresh(actor, id(id));
            return ok(Response.Status.NO_CONTENT, null);
        });
    }

    /** A rank move: {@code {"issueKey", "above", "below", "reason", "rankVersion"}}; answers the new rank version. */
    @POST
    @Path("{id}/ranks")
    public Response move(@PathParam("id") String id, Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = id(id);
            portfolios.portfolio(actor, portfolioId);
            long version = board.move(actor, portfolioId, PortfolioRequests.move(body));
            return ok(Response.Status.OK, new PortfolioJson.RankVersion(version));
        });
    }

    /** Returns a moved initiative to its score's place. */
    @DELETE
    @Path("{id}/ranks/{key}")
    public Response resetRank(@PathParam("id") String id, @PathParam("key") String key,
            @QueryParam("rankVersion") String rankVersion, @QueryParam("reason") String reason) {
        return as(actor -> {
            long portfolioId = id(id);
            portfolios.portfolio(actor, portfolioId);
            long version = board.resetRank(actor, portfolioId, key, reason, wholeNumber("rankVersion", rankVersion));
            return ok(Response.Status.OK, new PortfolioJson.RankVersion(version));
        });
    }

    /** Forces an initiative in or out: {@code {"forcing": "IN"|"OUT"|"NONE", "reason", "rankVersion"}}. */
    @PUT
    @Path("{id}/items/{key}/forcing")
    public Response force(@PathParam("id") String id, @PathParam("key") String key, Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = id(id);
            portfolios.portfolio(actor, portfolioId);
            PortfolioRequests.ForcingChange change = PortfolioRequests.forcing(body);
            long version = board.force(actor, portfolioId, key, change.forcing(), change.reason(),
                    change.rankVersion());
            return ok(Response.Status.OK, new PortfolioJson.RankVersion(version));
        });
    }

    @GET
    @Path("{id}/audit")
    public Response audit(@PathParam("id") String id, @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        return as(actor -> {
            long portfolioId = id(id);
            int from = (int) Math.min(Integer.MAX_VALUE, optionalWholeNumber("startAt", startAt, 0));
            long size = optionalWholeNumber("maxResults", maxResults, 50);
            if (size < 1 || size > 200) {
                throw new InvalidRequestException(List.of(FieldError.of("maxResults",
                        "pmo.portfolio.error.page-size", 1, 200)));
            }
            return ok(Response.Status.OK, PortfolioJson.audit(board.audit(actor, portfolioId, from, (int) size),
                    users, i18n));
        });
    }

    /** A portfolio id; anything but a positive whole number names no portfolio (404, like a missing one). */
    static long id(String text) {
        return PortfolioRequests.pathId(text, "portfolio");
    }

    static BoardQuery boardQuery(MultivaluedMap<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!Set.of("startAt", "maxResults", "project", "status", "theme", "owner").contains(name)) {
                throw new InvalidRequestException(List.of(FieldError.of(name, "pmo.portfolio.error.parameter.unknown",
                        name)));
            }
        }
        long startAt = optionalWholeNumber("startAt", parameters.getFirst("startAt"), 0);
        long maxResults = optionalWholeNumber("maxResults", parameters.getFirst("maxResults"),
                BoardQuery.DEFAULT_PAGE);
        if (maxResults < 1 || maxResults > BoardQuery.MAX_PAGE) {
            throw new InvalidRequestException(List.of(FieldError.of("maxResults", "pmo.portfolio.error.page-size",
                    1, BoardQuery.MAX_PAGE)));
        }
        return new BoardQuery(values(parameters, "project", true), values(parameters, "status", false),
                values(parameters, "theme", false), values(parameters, "owner", false),
                (int) Math.min(Integer.MAX_VALUE, startAt), (int) maxResults);
    }

    private static Set<String> values(MultivaluedMap<String, String> parameters, String name, boolean upperCase) {
        Set<String> values = new LinkedHashSet<>();
        List<String> given = parameters.get(name);
        if (given != null) {
            for (String value : given) {
                if (value != null && !value.isBlank()) {
                    values.add(upperCase ? value.strip().toUpperCase(java.util.Locale.ROOT) : value.strip());
                }
            }
        }
        return values;
    }

    private static long optionalWholeNumber(String name, String text, long fallback) {
        return text == null || text.isBlank() ? fallback : wholeNumber(name, text);
    }

    private Response as(Function<Actor, Response> answer) {
        return RestResponses.asActor(currentActor, i18n, answer);
    }

    private static Response ok(Response.Status status, Object body) {
        return RestResponses.noStore(status, body);
    }
}
