package org.pmosuite.jira.portfolio;

import static org.pmosuite.jira.portfolio.PortfolioRequests.wholeNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.UserDirectory;
import org.pmosuite.core.portfolio.BoardQuery;
import org.pmosuite.core.portfolio.CapacityUnit;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.PortfolioBoardService;
import org.pmosuite.core.portfolio.PortfolioService;
import org.pmosuite.core.portfolio.RankedInitiative;
import org.pmosuite.core.portfolio.Scenario;
import org.pmosuite.core.portfolio.ScenarioComparison;
import org.pmosuite.core.portfolio.ScenarioDraft;
import org.pmosuite.core.portfolio.ScenarioService;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.core.portfolio.scoring.ScoringConfigurationDraft;
import org.pmosuite.jira.platform.RestResponses;

/**
 * {@code /rest/pmo/1.0/portfolios/{id}/scenarios}: what-if scenarios, their comparison with the baseline and
 * committing one as the new baseline. Parameters and answers: {@code docs/REST.md}.
 */
@Path("portfolios/{id}/scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ScenarioResource {

    private final ScenarioService scenarios;
    private final PortfolioService portfolios;
    private final PortfolioBoardService board;
    private final CurrentActor currentActor;
    private final I18nResolver i18n;
    private final UserDirectory users;

    @Inject
    public ScenarioResource(ScenarioService scenarios, PortfolioService portfolios, PortfolioBoardService board,
            CurrentActor currentActor, I18nResolver i18n, UserDirectory users) {
        this.scenarios = scenarios;
        this.portfolios = portfolios;
        this.board = board;
        this.currentActor = currentActor;
        this.i18n = i18n;
        this.users = users;
    }

    /**
     * A scenario; {@code forcings} names only initiatives the viewer sees; {@code createdByName} is its author's
     * display name (their user key when Jira no longer knows them).
     */
    public record ScenarioJson(long id, String name, PortfolioJson.Scoring scoring, PortfolioJson.Capacity capacity,
            Map<String, String> forcings, long version, String createdBy, String createdByName, String createdAt) {
    }

    public record ScenarioList(boolean mayChange, List<ScenarioJson> scenarios) {
    }

    public record Comparison(ScenarioJson scenario, PortfolioJson.CutLineJson baseline,
            PortfolioJson.CutLineJson trial, int entering, int leaving, int movedUp, int movedDown, int matching,
            int startAt, int maxResults, long portfolioVersion, long rankVersion, List<Row> rows) {
    }

    public record Row(String key, String title, String projectKey, Double baselineScore, Double trialScore,
            int baselineRank, int trialRank, int placesGained, String baselineFunding, String trialFunding,
            String change) {
    }

    @GET
    public Response list(@PathParam("id") String id) {
        return as(actor -> {
            StoredPortfolio portfolio = portfolios.portfolio(actor, PortfolioResource.id(id));
            Map<Long, String> keys = visibleKeys(actor, portfolio);
            return ok(Response.Status.OK, new ScenarioList(portfolios.mayChange(actor, portfolio),
                    scenarios.scenarios(actor, portfolio.id()).stream().map(s -> json(s, keys)).toList()));
        });
    }

    @POST
    public Response create(@PathParam("id") String id, Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            portfolios.portfolio(actor, portfolioId);
            Scenario created = scenarios.create(actor, portfolioId, draft(body));
            return ok(Response.Status.CREATED, json(created, visibleKeys(actor,
                    portfolios.portfolio(actor, portfolioId))));
        });
    }

    @GET
    @Path("{scenario}")
    public Response scenario(@PathParam("id") String id, @PathParam("scenario") String scenario) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            Scenario found = scenarios.scenario(actor, portfolioId, PortfolioRequests.pathId(scenario, "scenario"));
            return ok(Response.Status.OK, json(found, visibleKeys(actor, portfolios.portfolio(actor, portfolioId))));
        });
    }

    @PUT
    @Path("{scenario}")
    public Response change(@PathParam("id") String id, @PathParam("scenario") String scenario,
            Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            long scenarioId = PortfolioRequests.pathId(scenario, "scenario");
            scenarios.scenario(actor, portfolioId, scenarioId);
            long version = PortfolioRequests.version(body, "version");
            Map<String, Object> rest = new LinkedHashMap<>(body);
            rest.remove("version");
            Scenario changed = scenarios.update(actor, portfolioId, scenarioId, draft(rest), version);
            return ok(Response.Status.OK, json(changed, visibleKeys(actor, portfolios.portfolio(actor, portfolioId))));
        });
    }

    @DELETE
    @Path("{scenario}")
    public Response delete(@PathParam("id") String id, @PathParam("scenario") String scenario,
            @QueryParam("version") String version) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            long scenarioId = PortfolioRequests.pathId(scenario, "scenario");
            scenarios.scenario(actor, portfolioId, scenarioId);
            scenarios.delete(actor, portfolioId, scenarioId, wholeNumber("version", version));
            return Response.noContent().build();
        });
    }

    /** The scenario beside the baseline: {@code changed=true} keeps only rows that move; paged. */
    @GET
    @Path("{scenario}/comparison")
    public Response compare(@PathParam("id") String id, @PathParam("scenario") String scenario,
            @QueryParam("changed") String changed, @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            long scenarioId = PortfolioRequests.pathId(scenario, "scenario");
            StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
            if (changed != null && !Set.of("true", "false").contains(changed)) {
                throw new InvalidRequestException(List.of(FieldError.of("changed", "pmo.portfolio.error.boolean",
                        changed)));
            }
            long from = startAt == null || startAt.isBlank() ? 0 : wholeNumber("startAt", startAt);
            long size = maxResults == null || maxResults.isBlank() ? BoardQuery.DEFAULT_PAGE
                    : wholeNumber("maxResults", maxResults);
            ScenarioComparison comparison = scenarios.compare(actor, portfolioId, scenarioId,
                    "true".equals(changed), (int) Math.min(Integer.MAX_VALUE, from),
                    (int) Math.min(Integer.MAX_VALUE, size));
            List<Row> rows = new ArrayList<>();
            for (ScenarioComparison.Row row : comparison.rows()) {
                rows.add(row(row));
            }
            Map<String, String> forcings = new LinkedHashMap<>();
            comparison.visibleForcings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(forcing -> forcings.put(forcing.getKey(), forcing.getValue().name()));
            return ok(Response.Status.OK, new Comparison(withForcings(comparison.scenario(), forcings),
                    cutLine(comparison.baseline()), cutLine(comparison.trial()), comparison.entering(),
                    comparison.leaving(), comparison.movedUp(), comparison.movedDown(), comparison.matching(),
                    comparison.startAt(), comparison.maxResults(), portfolio.version(), portfolio.rankVersion(),
                    rows));
        });
    }

    /** Makes the scenario the baseline: {@code {"version", "rankVersion"}} of the portfolio it was compared on. */
    @POST
    @Path("{scenario}/commit")
    public Response commit(@PathParam("id") String id, @PathParam("scenario") String scenario,
            Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            long scenarioId = PortfolioRequests.pathId(scenario, "scenario");
            scenarios.scenario(actor, portfolioId, scenarioId);
            long version = PortfolioRequests.version(body, "version");
            long rankVersion = PortfolioRequests.version(body, "rankVersion");
            StoredPortfolio committed = scenarios.commit(actor, portfolioId, scenarioId, version, rankVersion);
            return ok(Response.Status.OK, PortfolioJson.portfolio(committed, true,
                    portfolios.visibleProjectKeys(actor, committed), i18n));
        });
    }

    private ScenarioDraft draft(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(FieldError.of("body", "pmo.portfolio.error.body")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (String member : body.keySet()) {
            if (!Set.of("id", "name", "scoring", "capacity", "forcings", "createdBy", "createdByName", "createdAt")
                    .contains(member)) {
                errors.add(FieldError.of(member, "pmo.portfolio.error.member.unknown", member));
            }
        }
        String name = body.get("name") instanceof String text ? text : null;
        if (body.get("name") != null && name == null) {
            errors.add(FieldError.of("name", "pmo.portfolio.error.text"));
        }
        ScoringConfigurationDraft scoring = null;
        String unit = null;
        Double amount = null;
        String period = null;
        if (body.get("scoring") != null || body.get("capacity") != null) {
            // The portfolio reader checks the members' types, and names each field as the scenario's body does.
            Map<String, Object> asPortfolio = new LinkedHashMap<>();
            asPortfolio.put("scoring", body.get("scoring"));
            asPortfolio.put("capacity", body.get("capacity"));
            try {
                var parsed = PortfolioRequests.portfolio(asPortfolio);
                scoring = body.get("scoring") == null ? null : parsed.scoring();
                unit = parsed.capacityUnit();
                amount = parsed.capacityAmount();
                period = parsed.capacityPeriod();
            } catch (InvalidRequestException e) {
                errors.addAll(e.errors());
            }
        }
        Map<String, String> forcings = new LinkedHashMap<>();
        Object given = body.get("forcings");
        if (given instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof String text) {
                    forcings.put(String.valueOf(key), text);
                } else {
                    errors.add(FieldError.of("forcings." + key, "pmo.portfolio.error.text"));
                }
            });
        } else if (given != null) {
            errors.add(FieldError.of("forcings", "pmo.portfolio.error.object"));
        }
        if (unit != null && CapacityUnit.parse(unit).isEmpty()) {
            errors.add(FieldError.of("capacity.unit", "pmo.portfolio.error.capacity.unit", unit));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new ScenarioDraft(name, scoring, unit, amount, period, forcings);
    }

    private ScenarioJson json(Scenario scenario, Map<Long, String> visibleKeys) {
        Map<String, String> forcings = new LinkedHashMap<>();
        scenario.forcings().forEach((issueId, forcing) -> {
            String key = visibleKeys.get(issueId);
            if (key != null) {
                forcings.put(key, forcing.name());
            }
        });
        return withForcings(scenario, forcings);
    }

    private ScenarioJson withForcings(Scenario scenario, Map<String, String> forcings) {
        return new ScenarioJson(scenario.id(), scenario.name(),
                scenario.scoring() == null ? null : PortfolioJson.scoring(scenario.scoring(), i18n),
                scenario.capacity() == null ? null : PortfolioJson.capacity(scenario.capacity(), i18n), forcings,
                scenario.version(), scenario.createdBy(),
                users.displayNames(List.of(scenario.createdBy())).getOrDefault(scenario.createdBy(),
                        scenario.createdBy()), scenario.createdAt().toString());
    }

    /** The issue keys of the initiatives the actor sees, by issue id; only these are named in a scenario's forcing. */
    private Map<Long, String> visibleKeys(Actor actor, StoredPortfolio portfolio) {
        Map<Long, String> keys = new LinkedHashMap<>();
        for (Initiative initiative : board.ranking(actor, portfolio).items().stream()
                .map(RankedInitiative::initiative).toList()) {
            keys.put(initiative.issueId(), initiative.issueKey());
        }
        return keys;
    }

    private static Row row(ScenarioComparison.Row row) {
        RankedInitiative before = row.baseline();
        RankedInitiative after = row.trial();
        return new Row(after.initiative().issueKey(), after.initiative().title(), after.initiative().project().key(),
                before.score().computed() ? before.score().value().getAsDouble() : null,
                after.score().computed() ? after.score().value().getAsDouble() : null, before.rank(), after.rank(),
                row.placesGained(), before.funding().name(), after.funding().name(), row.change().name());
    }

    private PortfolioJson.CutLineJson cutLine(org.pmosuite.core.portfolio.CutLine line) {
        return PortfolioJson.cutLine(line, i18n);
    }

    private Response as(Function<Actor, Response> answer) {
        return RestResponses.asActor(currentActor, i18n, answer);
    }

    private static Response ok(Response.Status status, Object body) {
        return RestResponses.noStore(status, body);
    }
}
