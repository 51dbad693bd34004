package org.pmosuite.core.portfolio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * The intake lane: requests for new initiatives, made by anyone who may create issues in the portfolio's intake
 * project, waiting until a PMO lead accepts, rejects with a reason, or asks for more information. Each decision is
 * kept on the request; the requester answers a question and the request waits again.
 */
public final class IntakeService {

    /** What a PMO lead decides. */
    public enum Verdict {
        ACCEPT, REJECT, REQUEST_INFO
    }

    /** Why someone who is neither the requester nor may change the portfolio cannot see a request. */
    static final String FORBIDDEN_VIEW = "pmo.portfolio.intake.error.forbidden.view";

    private final PortfolioService portfolios;
    private final PortfolioRepository repository;
    private final PortfolioAccessPolicy access;
    private final IntakeHost host;
    private final BoardFreshness freshness;
    private final Clock clock;

    public IntakeService(PortfolioService portfolios, PortfolioRepository repository, PortfolioAccessPolicy access,
            IntakeHost host, BoardFreshness freshness, Clock clock) {
        this.portfolios = portfolios;
        this.repository = repository;
        this.access = access;
        this.host = host;
        this.freshness = freshness;
        this.clock = clock;
    }

    /** Whether the actor may request initiatives on this portfolio. */
    public boolean mayRequest(Actor actor, StoredPortfolio portfolio) {
        String project = portfolio.definition().intakeProjectKey();
        return project != null && host.mayCreateIssues(actor, project);
    }

    public IntakeRequest submit(Actor actor, long portfolioId, IntakeDraft draft) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        if (!mayRequest(actor, portfolio)) {
            throw new PortfolioForbiddenException(PortfolioForbiddenException.REQUEST);
        }
        List<FieldError> errors = new ArrayList<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            errors.add(FieldError.of("title", "pmo.portfolio.intake.error.title.required"));
        } else if (title.length() > IntakeRequest.MAX_TITLE_LENGTH) {
            errors.add(FieldError.of("title", "pmo.portfolio.intake.error.too-long", IntakeRequest.MAX_TITLE_LENGTH));
        }
        if (draft.businessCase() == null || draft.businessCase().isBlank()) {
            errors.add(FieldError.of("businessCase", "pmo.portfolio.intake.error.business-case.required"));
        } else if (draft.businessCase().length() > IntakeRequest.MAX_BUSINESS_CASE_LENGTH) {
            errors.add(FieldError.of("businessCase", "pmo.portfolio.intake.error.too-long",
                    IntakeRequest.MAX_BUSINESS_CASE_LENGTH));
        }
        if (draft.sponsor() != null && draft.sponsor().length() > IntakeRequest.MAX_SPONSOR_LENGTH) {
            errors.add(FieldError.of("sponsor", "pmo.portfolio.intake.error.too-long",
                    IntakeRequest.MAX_SPONSOR_LENGTH));
        }
        ScoringInputs inputs = ScoringInputs.of(draft.inputs());
        errors.addAll(inputs.errors());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return repository.createIntakeRequest(new IntakeRequest(0, portfolio.id(), title, draft.businessCase(),
                draft.sponsor() == null ? "" : draft.sponsor().strip(), inputs, IntakeState.PENDING,
                actor.userKey(), clock.instant(), 1, List.of(), null));
    }

    /**
     * The requests in these states (all when empty): every request for who may change the portfolio, else only
     * the actor's own.
     */
    public List<IntakeRequest> requests(Actor actor, long portfolioId, Set<IntakeState> states) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        Set<IntakeState> wanted = states.isEmpty() ? EnumSet.allOf(IntakeState.class) : states;
        List<IntakeRequest> all = repository.intakeRequests(portfolio.id(), wanted);
        if (access.mayChange(actor, portfolio)) {
            return all;
        }
        return all.stream().filter(request -> request.requestedBy().equals(actor.userKey())).toList();
    }

    public IntakeRequest request(Actor actor, long portfolioId, long requestId) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        return visible(actor, portfolio, requestId);
    }

    /**
     * A PMO lead's decision. Rejecting and asking for information need a reason; accepting creates the initiative
     * in the intake project, as the PMO lead.
     */
    public IntakeRequest decide(Actor actor, long portfolioId, long requestId, Verdict verdict, String reason,
            long expectedVersion) {
        StoredPortfolio portfolio = portfolios.changeable(actor, portfolioId);
        IntakeRequest request = visible(actor, portfolio, requestId);
        String text = reason == null ? "" : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if (verdict == null) {
            errors.add(FieldError.of("decision", "pmo.portfolio.intake.error.decision"));
        } else if (verdict != Verdict.ACCEPT && text.isEmpty()) {
            errors.add(FieldError.of("reason", "pmo.portfolio.intake.error.reason.required"));
        }
        if (text.length() > AuditEntry.MAX_REASON_LENGTH) {
            errors.add(FieldError.of("reason", "pmo.portfolio.error.reason.too-long", AuditEntry.MAX_REASON_LENGTH));
        }
        if (errors.isEmpty() && !request.state().open()) {
            errors.add(FieldError.of("decision", "pmo.portfolio.intake.error.closed"));
        }
        if (errors.isEmpty() && verdict == Verdict.REQUEST_INFO && request.state() == IntakeState.INFO_REQUESTED) {
            errors.add(FieldError.of("decision", "pmo.portfolio.intake.error.already-asked"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (request.version() != expectedVersion) {
            throw new org.pmosuite.core.common.StaleVersionException(expectedVersion, request.version());
        }
        IntakeState outcome = switch (verdict) {
            case ACCEPT -> IntakeState.ACCEPTED;
            case REJECT -> IntakeState.REJECTED;
            case REQUEST_INFO -> IntakeState.INFO_REQUESTED;
        };
        AuditAction action = switch (verdict) {
            case ACCEPT -> AuditAction.INTAKE_ACCEPTED;
            case REJECT -> AuditAction.INTAKE_REJECTED;
            case REQUEST_INFO -> AuditAction.INTAKE_INFO_REQUESTED;
        };
        IntakeDecision decision = new IntakeDecision(outcome, actor.userKey(), clock.instant(), text);
        // The decision is written first, against the version read: of two PMO leads deciding at once one wins and
        // the other gets 409, so an acceptance creates its initiative once. Only the winner creates the issue.
        IntakeRequest decided = repository.decideIntakeRequest(portfolio.id(), request.id(), decision, null,
                expectedVersion, AuditEntry.ofPortfolio(portfolio.id(), decision.at(), actor.userKey(), action,
                        request.title(), text));
        if (verdict != Verdict.ACCEPT) {
            return decided;
        }
        String type = portfolio.definition().scope().issueTypes().contains("Initiative") ? "Initiative"
                : portfolio.definition().scope().issueTypes().stream().sorted().findFirst().orElseThrow();
        String issueKey;
        try {
            issueKey = host.createInitiative(actor, portfolio.definition().intakeProjectKey(), type,
                    request.title(), description(request), request.inputs());
        } catch (RuntimeException refused) {
            // The host refused (a required field, a permission): the request waits again, the attempt on record.
            IntakeDecision back = new IntakeDecision(request.state(), actor.userKey(), clock.instant(), "");
            repository.decideIntakeRequest(portfolio.id(), request.id(), back, null, decided.version(),
                    AuditEntry.ofPortfolio(portfolio.id(), back.at(), actor.userKey(),
                            AuditAction.INTAKE_ACCEPT_FAILED, request.title(), ""));
            throw refused;
        }
        // The new initiative shows on every board of its project at once, not after the snapshots expire.
        freshness.initiativeWrittenIn(portfolio.definition().intakeProjectKey());
        return repository.linkIntakeIssue(portfolio.id(), request.id(), issueKey, decided.version());
    }

    /** The requester answers a PMO lead's question; the request waits again. */
    public IntakeRequest answer(Actor actor, long portfolioId, long requestId, String information,
            long expectedVersion) {
        StoredPortfolio portfolio = portfolios.portfolio(actor, portfolioId);
        IntakeRequest request = visible(actor, portfolio, requestId);
        String text = information == null ? "" : information.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!request.requestedBy().equals(actor.userKey())) {
            throw new PortfolioForbiddenException("pmo.portfolio.intake.error.forbidden.answer");
        }
        if (text.isEmpty()) {
            errors.add(FieldError.of("information", "pmo.portfolio.intake.error.information.required"));
        } else if (text.length() > IntakeRequest.MAX_BUSINESS_CASE_LENGTH) {
            errors.add(FieldError.of("information", "pmo.portfolio.intake.error.too-long",
                    IntakeRequest.MAX_BUSINESS_CASE_LENGTH));
        }
        if (errors.isEmpty() && request.state() != IntakeState.INFO_REQUESTED) {
            errors.add(FieldError.of("information", "pmo.portfolio.intake.error.not-asked"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (request.version() != expectedVersion) {
            throw new org.pmosuite.core.common.StaleVersionException(expectedVersion, request.version());
        }
        IntakeDecision decision = new IntakeDecision(IntakeState.PENDING, actor.userKey(), clock.instant(), text);
        return repository.decideIntakeRequest(portfolio.id(), request.id(), decision, null, expectedVersion,
                AuditEntry.ofPortfolio(portfolio.id(), decision.at(), actor.userKey(), AuditAction.INTAKE_ANSWERED,
                        request.title(), ""));
    }

    /**
     * The request, when the actor may see it: who may change the portfolio, and the requester. Anyone else who sees
     * the portfolio is refused with a reason (the request names no issue, so its existence reveals nothing hidden).
     */
    private IntakeRequest visible(Actor actor, StoredPortfolio portfolio, long requestId) {
        IntakeRequest request = repository.intakeRequest(portfolio.id(), requestId)
                .orElseThrow(() -> new PortfolioNotFoundException("intake request " + requestId));
        if (!access.mayChange(actor, portfolio) && !request.requestedBy().equals(actor.userKey())) {
            throw new PortfolioForbiddenException(FORBIDDEN_VIEW);
        }
        return request;
    }

    private static String description(IntakeRequest request) {
        StringBuilder text = new StringBuilder(request.businessCase());
        if (!request.sponsor().isEmpty()) {
            text.append("\n\nSponsor: ").append(request.sponsor());
        }
        return text.toString();
    }
}
