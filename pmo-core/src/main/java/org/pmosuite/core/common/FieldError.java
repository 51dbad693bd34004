package org.pmosuite.core.common;

import java.util.List;
import java.util.Objects;

/**
 * A problem with one input field, as a message key and its arguments. Edges translate it.
 *
 * @param field      the request field, as the client named it
 * @param messageKey an i18n key, {@code pmo.<feature>.<thing>}
 * @param arguments  values for the message's placeholders
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
