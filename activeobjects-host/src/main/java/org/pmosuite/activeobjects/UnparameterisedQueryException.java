package org.pmosuite.activeobjects;

/** A query criteria string carried a literal value instead of a {@code ?} parameter. */
public class UnparameterisedQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnparameterisedQueryException(String criteria) {
        super("Query criteria must pass every value as a ? parameter, never as a literal: \"" + criteria + "\"");
    }
}
