package org.pmosuite.sandbox;

/** The sandbox cannot start for a reason the user can fix; the message is one line that says how. */
public class SandboxStartupException extends Exception {
    private static final long serialVersionUID = 1L;

    public SandboxStartupException(String message) {
        super(message);
    }

    public SandboxStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
