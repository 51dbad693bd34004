package org.pmosuite.core.portfolio;

/** The actor may see the portfolio but not do this to it; edges answer 403 with the reason's message. */
public class PortfolioForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Only PMO leads and Jira administrators create portfolios. */
    public static final String CREATE = "pmo.portfolio.error.forbidden.create";
    /** Only PMO leads, Jira administrators and the portfolio's owners change it. */
    public static final String CHANGE = "pmo.portfolio.error.forbidden.change";
    /** Only who may create issues in the intake project requests an initiative. */
    public static final String REQUEST = "pmo.portfolio.error.forbidden.request";

    private final String messageKey;

    public PortfolioForbiddenException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
