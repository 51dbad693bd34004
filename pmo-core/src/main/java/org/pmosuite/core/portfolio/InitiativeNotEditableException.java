package org.pmosuite.core.portfolio;

/** The actor may see the initiative but not edit it; edges answer 403 with this reason. */
public class InitiativeNotEditableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "pmo.portfolio.error.initiative.not-editable";

    private final String issueKey;

    public InitiativeNotEditableException(String issueKey) {
        super("not editable: " + issueKey);
        this.issueKey = issueKey;
    }

    public String issueKey() {
        return issueKey;
    }
}
