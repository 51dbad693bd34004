package org.pmosuite.core.portfolio;

import java.time.Instant;
import java.util.Objects;

/**
 * One decision on an intake request, kept and shown on it.
 *
 * @param outcome the state it moved the request to
 * @param by      who decided (or, for a request answered with more information, the requester)
 * @param at      when
 * @param reason  why, or the information given; may be empty only for an acceptance
 */
public record IntakeDecision(IntakeState outcome, String by, Instant at, String reason) {
    public IntakeDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }
}
