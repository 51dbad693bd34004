package org.pmosuite.core.portfolio.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One step of a score's computation, for example "Cost of delay = business value + time criticality + risk
 * reduction = 8 + 5 + 3 = 16".
 *
 * @param messageKey the step's text, a MessageFormat pattern
 * @param arguments  the pattern's arguments, all {@link Number}s so that number and choice formats apply: the
 *                   operands in the order the pattern names them, then the step's result
 * @param result     what the step computes, at full precision
 */
public record ExplanationStep(String messageKey, List<Object> arguments, double result) {
    public ExplanationStep {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            if (!(argument instanceof Number)) {
                throw new IllegalArgumentException("a step's arguments are numbers: " + argument);
            }
        }
    }

    public static ExplanationStep of(String messageKey, double result, Number... operands) {
        Object[] arguments = new Object[operands.length + 1];
        System.arraycopy(operands, 0, arguments, 0, operands.length);
        arguments[operands.length] = result;
        return new ExplanationStep(messageKey, List.of(arguments), result);
    }
}
