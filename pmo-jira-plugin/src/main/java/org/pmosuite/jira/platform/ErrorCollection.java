package org.pmosuite.jira.platform;

import java.util.List;
import java.util.Map;

/**
 * The error body Jira's own REST API answers with: messages about the request as a whole, and per-field messages.
 */
public record ErrorCollection(List<String> errorMessages, Map<String, String> errors) {
    public ErrorCollection {
        errorMessages = List.copyOf(errorMessages);
        errors = Map.copyOf(errors);
    }

    public static ErrorCollection of(String message) {
        return new ErrorCollection(List.of(message), Map.of());
    }
}
