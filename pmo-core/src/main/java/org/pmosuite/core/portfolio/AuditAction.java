package org.pmosuite.core.portfolio;

import java.util.Locale;

/** What a portfolio audit entry records. */
public enum AuditAction {
    PORTFOLIO_CREATED,
    PORTFOLIO_CHANGED,
    RANK_MOVED,
    RANK_RESET,
    FORCED_IN,
    FORCED_OUT,
    FORCING_CLEARED,
    RANKS_REBALANCED,
    SCENARIO_COMMITTED,
    INTAKE_ACCEPTED,
    INTAKE_REJECTED,
    INTAKE_INFO_REQUESTED,
    /** The requester answered a PMO lead's question; the request waits again. */
    INTAKE_ANSWERED,
    /** An acceptance the host refused to create an initiative for; the request waits again. */
    INTAKE_ACCEPT_FAILED;

    public String messageKey() {
        return "pmo.portfolio.audit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
