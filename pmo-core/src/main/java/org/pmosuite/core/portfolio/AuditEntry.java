package org.pmosuite.core.portfolio;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a portfolio's audit log, which is append only.
 *
 * @param id          its id; 0 before it is stored
 * @param portfolioId the portfolio
 * @param at          when
 * @param actorKey    who
 * @param action      what
 * @param issueId     the initiative it concerns, or null for the whole portfolio
 * @param issueKey    that initiative's key then, or null
 * @param projectId   that initiative's project, or null: entries about an initiative show only to who may browse it
 * @param detail      what changed, in words the edge renders (such as the new position); may be empty
 * @param reason      why, as typed; may be empty
 */
public record AuditEntry(long id, long portfolioId, Instant at, String actorKey, AuditAction action, Long issueId,
        String issueKey, Long projectId, String detail, String reason) {

    public static final int MAX_REASON_LENGTH = 1_000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
        reason = reason == null ? "" : reason;
    }

    /** An entry about the whole portfolio. */
    public static AuditEntry ofPortfolio(long portfolioId, Instant at, String actorKey, AuditAction action,
            String detail, String reason) {
        return new AuditEntry(0, portfolioId, at, actorKey, action, null, null, null, detail, reason);
    }

    /** An entry about one initiative. */
    public static AuditEntry ofInitiative(long portfolioId, Instant at, String actorKey, AuditAction action,
            Initiative initiative, String detail, String reason) {
        return new AuditEntry(0, portfolioId, at, actorKey, action, initiative.issueId(), initiative.issueKey(),
                initiative.project().id(), detail, reason);
    }
}
