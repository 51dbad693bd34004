package org.pmosuite.core.portfolio;

import java.util.Locale;

/** Where an initiative stands against the portfolio's capacity. */
public enum Funding {
    /** Forced in by a PMO lead: funded first, whatever its rank. */
    FORCED_IN(true),
    /** Above the cut line: it fits in the capacity left by everything ranked above it. */
    FUNDED(true),
    /** It would fit, but its MoSCoW category already uses its share of the capacity. */
    OVER_CATEGORY_CAP(false),
    /** It has no estimate in the portfolio's capacity unit, so the cut line cannot count it. */
    NOT_ESTIMATED(false),
    /** Its score cannot be computed (inputs missing or invalid): never funded by rank alone. */
    NOT_SCORED(false),
    /** Forced out by a PMO lead. */
    FORCED_OUT(false),
    /** Below the cut line: the capacity ran out above it. */
    BELOW_CUT_LINE(false);

    private final boolean funded;

    Funding(boolean funded) {
        this.funded = funded;
    }

    public boolean funded() {
        return funded;
    }

    public String messageKey() {
        return "pmo.portfolio.funding." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
