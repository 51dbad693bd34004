package org.pmosuite.core.common;

import java.util.List;

/** A request that cannot be answered as asked; carries every problem found, not just the first. */
public class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid request" : errors.get(0).messageKey());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
