package org.pmosuite.core.portfolio;

/**
 * A move named neighbours that are no longer next to each other in that order (their scores changed since the
 * board was loaded). Nothing was written; edges answer 409 so that the mover reloads the board.
 */
public class BoardChangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "pmo.portfolio.error.board-changed";

    public BoardChangedException() {
        super("the board changed since it was loaded");
    }
}
