package org.pmosuite.core.portfolio;

/** A name is already taken (by another portfolio, or by another scenario of the portfolio). */
public class DuplicatePortfolioNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;

    public DuplicatePortfolioNameException(String name) {
        super("name taken: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
