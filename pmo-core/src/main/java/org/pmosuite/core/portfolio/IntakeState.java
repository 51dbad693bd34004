package org.pmosuite.core.portfolio;

import java.util.Locale;

/** Where an intake request stands. */
public enum IntakeState {
    /** Waiting for a PMO lead. */
    PENDING,
    /** A PMO lead asked the requester for more information; waiting for them. */
    INFO_REQUESTED,
    /** Accepted: it became an initiative. */
    ACCEPTED,
    /** Rejected with a reason. */
    REJECTED;

    public boolean open() {
        return this == PENDING || this == INFO_REQUESTED;
    }

    public String messageKey() {
        return "pmo.portfolio.intake.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
