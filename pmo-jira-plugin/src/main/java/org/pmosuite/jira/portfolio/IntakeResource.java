package org.pmosuite.jira.portfolio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.pmosuite.core.portfolio.IntakeDecision;
import org.pmosuite.core.portfolio.IntakeRequest;
import org.pmosuite.core.portfolio.IntakeService;
import org.pmosuite.core.portfolio.IntakeState;
import org.pmosuite.core.portfolio.PortfolioForbiddenException;
import org.pmosuite.core.portfolio.PortfolioService;
import org.pmosuite.core.portfolio.StoredPortfolio;
import org.pmosuite.jira.platform.RestResponses;

/**
 * {@code /rest/pmo/1.0/portfolios/{id}/intake}: the intake lane. Anyone who may create issues in the portfolio's
 * intake project requests an initiative; PMO leads (and whoever may change the portfolio) see every request and
 * decide; a requester sees their own and answers a question. Parameters and answers: {@code docs/REST.md}.
 */
@Path("portfolios/{id}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IntakeResource {

    private final IntakeService intake;
    private final PortfolioService portfolios;
    private final CurrentActor currentActor;
    private final I18nResolver i18n;
    private final UserDirectory users;

    @Inject
    public IntakeResource(IntakeService intake, PortfolioService portfolios, CurrentActor currentActor,
            I18nResolver i18n, UserDirectory users) {
        this.intake = intake;
        this.portfolios = portfolios;
        this.currentActor = currentActor;
        this.i18n = i18n;
        this.users = users;
    }

    /**
     * The lane as the caller may see it.
     *
     * @param mayRequest    whether the caller may request an initiative here
     * @param mayDecide     whether the caller decides (sees every request)
     * @param intakeProject the project accepted requests are created in, when the caller browses it
     */
    public record Lane(boolean mayRequest, boolean mayDecide, String intakeProject, List<Request> requests) {
    }

    /**
     * One request; {@code requestedByName} is the requester's display name (their user key when Jira no longer
     * knows them), as is each decision's {@code byName}.
     */
    public record Request(long id, String title, String businessCase, String sponsor, Map<String, Double> inputs,
            String state, String stateName, String requestedBy, String requestedByName, String requestedAt,
            long version, List<Decision> decisions, String issueKey, boolean mine) {
    }

    public record Decision(String outcome, String outcomeName, String by, String byName, String at, String reason) {
    }

    @GET
    public Response lane(@PathParam("id") String id, @QueryParam("state") List<String> states) {
        return as(actor -> {
            StoredPortfolio portfolio = portfolios.portfolio(actor, PortfolioResource.id(id));
            Set<String> visible = portfolios.visibleProjectKeys(actor, portfolio);
            String project = portfolio.definition().intakeProjectKey();
            List<Request> requests = intake.requests(actor, portfolio.id(), states(states)).stream()
                    .map(request -> json(actor, request, visible, project)).toList();
            return ok(Response.Status.OK, new Lane(intake.mayRequest(actor, portfolio),
                    portfolios.mayChange(actor, portfolio), project != null && visible.contains(project) ? project
                            : null, requests));
        });
    }

    @POST
    public Response submit(@PathParam("id") String id, Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
            IntakeRequest created = intake.submit(actor, portfolioId, PortfolioRequests.intake(body));
            return ok(Response.Status.CREATED, json(actor, created, portfolios.visibleProjectKeys(actor, portfolio),
                    portfolio.definition().intakeProjectKey()));
        });
    }

    @GET
    @Path("{request}")
    public Response request(@PathParam("id") String id, @PathParam("request") String request) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
            return ok(Response.Status.OK, json(actor, intake.request(actor, portfolioId, PortfolioRequests.pathId(request, "intake request")),
                    portfolios.visibleProjectKeys(actor, portfolio), portfolio.definition().intakeProjectKey()));
        });
    }

    /** A PMO lead's decision: {@code {"decision": "ACCEPT|REJECT|REQUEST_INFO", "reason", "version"}}. */
    @POST
    @Path("{request}/decision")
    public Response decide(@PathParam("id") String id, @PathParam("request") String request,
            Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            long requestId = PortfolioRequests.pathId(request, "intake request");
            StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
            if (!portfolios.mayChange(actor, portfolio)) {
                throw new PortfolioForbiddenException(PortfolioForbiddenException.CHANGE);
            }
            intake.request(actor, portfolioId, requestId);
            PortfolioRequests.Decision decision = PortfolioRequests.decision(body);
            IntakeRequest decided = intake.decide(actor, portfolioId, requestId, decision.verdict(),
                    decision.reason(), decision.version());
            return ok(Response.Status.OK, json(actor, decided, portfolios.visibleProjectKeys(actor, portfolio),
                    portfolio.definition().intakeProjectKey()));
        });
    }

    /** The requester's answer to a question: {@code {"information", "version"}}. */
    @POST
    @Path("{request}/answer")
    public Response answer(@PathParam("id") String id, @PathParam("request") String request,
            Map<String, Object> body) {
        return as(actor -> {
            long portfolioId = PortfolioResource.id(id);
            long requestId = PortfolioRequests.pathId(request, "intake request");
            StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
            intake.request(actor, portfolioId, requestId);
            PortfolioRequests.Answer answer = PortfolioRequests.answer(body);
            IntakeRequest answered = intake.answer(actor, portfolioId, requestId, answer.information(),
                    answer.version());
            return ok(Response.Status.OK, json(actor, answered, portfolios.visibleProjectKeys(actor, portfolio),
                    portfolio.definition().intakeProjectKey()));
        });
    }

    private Request json(Actor actor, IntakeRequest request, Set<String> visibleProjects, String intakeProject) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        request.inputs().asMap().forEach((input, value) -> inputs.put(input.fieldName(), value));
        Set<String> people = new LinkedHashSet<>();
        people.add(request.requestedBy());
        request.decisions().forEach(decision -> people.add(decision.by()));
        Map<String, String> names = users.displayNames(people);
        List<Decision> decisions = new ArrayList<>();
        for (IntakeDecision decision : request.decisions()) {
            decisions.add(new Decision(decision.outcome().name(), i18n.getText(decision.outcome().messageKey()),
                    decision.by(), names.getOrDefault(decision.by(), decision.by()), decision.at().toString(),
                    decision.reason()));
        }
        // The accepted initiative is named only to who browses the project it was created in.
        String issueKey = request.issueKey() != null && intakeProject != null
                && visibleProjects.contains(intakeProject) ? request.issueKey() : null;
        return new Request(request.id(), request.title(), request.businessCase(), request.sponsor(), inputs,
                request.state().name(), i18n.getText(request.state().messageKey()), request.requestedBy(),
                names.getOrDefault(request.requestedBy(), request.requestedBy()), request.requestedAt().toString(), request.version(), decisions, issueKey,
                request.requestedBy().equals(actor.userKey()));
    }

    private static Set<IntakeState> states(List<String> given) {
        Set<IntakeState> states = EnumSet.noneOf(IntakeState.class);
        if (given == null) {
            return states;
        }
        for (String text : given) {
            if (text == null || text.isBlank()) {
                continue;
            }
            IntakeState state = PortfolioRequests.named(IntakeState.class, text);
            if (state == null) {
                throw new InvalidRequestException(List.of(FieldError.of("state", "pmo.portfolio.intake.error.state",
                        text)));
            }
            states.add(state);
        }
        return states;
    }
    private Response as(Function<Actor, Response> answer) {
        return RestResponses.asActor(currentActor, i18n, answer);
    }

    private static Response ok(Response.Status status, Object body) {
        return RestResponses.noStore(status, body);
    }
}
