package org.pmosuite.core.portfolio.scoring;

import static org.pmosuite.core.portfolio.scoring.ScoringInput.BUSINESS_VALUE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.CONFIDENCE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.COST_OF_DELAY;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.DURATION;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.EASE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.EFFORT;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.IMPACT;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.JOB_SIZE;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.MOSCOW;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.REACH;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.RISK_REDUCTION;
import static org.pmosuite.core.portfolio.scoring.ScoringInput.TIME_CRITICALITY;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ways a portfolio can be scored. */
public enum ScoringModelType {
    /** Weighted Shortest Job First as SAFe defines it: {@link WsjfModel}. */
    WSJF("pmo.portfolio.model.wsjf", "pmo.portfolio.model.wsjf.formula",
            List.of(BUSINESS_VALUE, TIME_CRITICALITY, RISK_REDUCTION, JOB_SIZE)),
    /** Intercom's Reach x Impact x Confidence / Effort: {@link RiceModel}. */
    RICE("pmo.portfolio.model.rice", "pmo.portfolio.model.rice.formula", List.of(REACH, IMPACT, CONFIDENCE, EFFORT)),
    /** Impact x Confidence x Ease: {@link IceModel}. */
    ICE("pmo.portfolio.model.ice", "pmo.portfolio.model.ice.formula", List.of(IMPACT, CONFIDENCE, EASE)),
    /** Admin-defined weighted criteria: {@link WeightedCriteriaModel}. */
    WEIGHTED("pmo.portfolio.model.weighted", "pmo.portfolio.model.weighted.formula",
            List.of(BUSINESS_VALUE, TIME_CRITICALITY, RISK_REDUCTION, JOB_SIZE)),
    /** The MoSCoW category: {@link MoscowModel}. */
    MOSCOW("pmo.portfolio.model.moscow", "pmo.portfolio.model.moscow.formula", List.of(ScoringInput.MOSCOW)),
    /** Cost of Delay Divided by Duration: {@link Cd3Model}. */
    CD3("pmo.portfolio.model.cd3", "pmo.portfolio.model.cd3.formula", List.of(COST_OF_DELAY, DURATION));

    private final String messageKey;
    private final String formulaKey;
    private final List<ScoringInput> inputs;

    ScoringModelType(String messageKey, String formulaKey, List<ScoringInput> inputs) {
        this.messageKey = messageKey;
        this.formulaKey = formulaKey;
        this.inputs = inputs;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The key of the model's formula in words, e.g. "(Business value + Time criticality + ...) / Job size". */
    public String formulaKey() {
        return formulaKey;
    }

    /**
     * The inputs the model reads, in the order it explains them. For {@link #WEIGHTED} these are the inputs of the
     * default criteria ({@link ScoringConfiguration#defaultCriteria()}); a configured weighted model reads those of
     * its own criteria: ask {@link ScoringConfiguration#inputs()}.
     */
    public List<ScoringInput> inputs() {
        return inputs;
    }

    /** Parses a model name ({@code WSJF}, {@code rice}, ...), trimmed and case-insensitive. */
    public static Optional<ScoringModelType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
