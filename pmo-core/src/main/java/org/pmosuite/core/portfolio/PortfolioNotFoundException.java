package org.pmosuite.core.portfolio;

/**
 * No portfolio, scenario, request or initiative by that id that the actor may see. Edges answer 404, the same for
 * one that exists but is hidden from the actor, so that an answer never tells the two apart.
 */
public class PortfolioNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "pmo.portfolio.error.not-found";

    public PortfolioNotFoundException(String what) {
        super("not found: " + what);
    }
}
