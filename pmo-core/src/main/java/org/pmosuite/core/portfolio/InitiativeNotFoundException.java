package org.pmosuite.core.portfolio;

/**
 * The actor named an initiative that does not exist, is not in the portfolio's scope or that they may not see. The
 * cases are deliberately indistinguishable, so that an issue's existence never leaks. Edges answer 404.
 */
public class InitiativeNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The i18n key of the reason shown to people; its one argument is the issue key. */
    public static final String MESSAGE_KEY = "pmo.portfolio.error.initiative.not-found";

    private final String issueKey;

    public InitiativeNotFoundException(String issueKey) {
        super("initiative not found: " + issueKey);
        this.issueKey = issueKey;
    }

    public String issueKey() {
        return issueKey;
    }
}
