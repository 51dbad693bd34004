package org.pmosuite.core.portfolio;

import java.util.Map;

import org.pmosuite.core.portfolio.scoring.ScoringInput;

/**
 * A request for a new initiative as the requester typed it.
 *
 * @param title        required
 * @param businessCase why it is worth funding
 * @param sponsor      who sponsors it
 * @param inputs       proposed scoring inputs; each on its scale
 */
public record IntakeDraft(String title, String businessCase, String sponsor, Map<ScoringInput, Double> inputs) {
    public IntakeDraft {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }
}
