package org.pmosuite.activeobjects;

import java.sql.SQLException;

/** A database error inside an ActiveObjects call, unchecked as the facade's methods are, like Jira's own. */
public class ActiveObjectsSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActiveObjectsSqlException(String operation, SQLException cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }
}
