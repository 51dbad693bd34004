package org.pmosuite.core.raid;

/**
 * Port: the texts of the standard risk matrix's labels, in the reader's language. Only a matrix nobody has
 * configured needs them; a configured matrix carries the labels the PMO typed.
 */
@FunctionalInterface
public interface RiskMatrixTexts {

    /** The text of a message key such as {@code pmo.raid.matrix.probability.5.1}. */
    String text(String messageKey);
}
