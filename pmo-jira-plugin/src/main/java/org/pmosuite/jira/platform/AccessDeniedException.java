package org.pmosuite.jira.platform;

/** The caller is known but may not do this; answered 403 with the reason as a message key. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String argument;

    public AccessDeniedException(String messageKey, String argument) {
        super(messageKey);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public String argument() {
        return argument;
    }
}
