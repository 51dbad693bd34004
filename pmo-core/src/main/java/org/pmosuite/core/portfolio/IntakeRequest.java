package org.pmosuite.core.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * A request for a new initiative, waiting in a portfolio's intake lane until a PMO lead decides.
 *
 * @param id           its id; 0 before it is stored
 * @param portfolioId  the portfolio
 * @param title        the initiative's title, exactly as typed
 * @param businessCase why it is worth funding, exactly as typed
 * @param sponsor      who sponsors it, as typed
 * @param inputs       the scoring inputs the requester proposed
 * @param state        where it stands
 * @param requestedBy  the requester's user key
 * @param requestedAt  when it was made
 * @param version      1 when made, +1 on each decision
 * @param decisions    every decision, oldest first
 * @param issueKey     the initiative it became once accepted, else null
 */
public record IntakeRequest(long id, long portfolioId, String title, String businessCase, String sponsor,
        ScoringInputs inputs, IntakeState state, String requestedBy, Instant requestedAt, long version,
        List<IntakeDecision> decisions, String issueKey) {

    public static final int MAX_TITLE_LENGTH = 255;
    public static final int MAX_BUSINESS_CASE_LENGTH = 32_767;
    public static final int MAX_SPONSOR_LENGTH = 255;

    public IntakeRequest {
        Objects.requireNonNull(title, "title");
        businessCase = businessCase == null ? "" : businessCase;
        sponsor = sponsor == null ? "" : sponsor;
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        decisions = List.copyOf(decisions);
    }
}
