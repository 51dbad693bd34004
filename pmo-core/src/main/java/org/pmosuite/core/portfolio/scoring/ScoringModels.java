package org.pmosuite.core.portfolio.scoring;

/** The model a scoring configuration describes. */
public final class ScoringModels {

    private ScoringModels() {
    }

    public static ScoringModel of(ScoringConfiguration configuration) {
        return switch (configuration.model()) {
            case WSJF -> new WsjfModel();
            case RICE -> new RiceModel();
            case ICE -> new IceModel();
            case WEIGHTED -> new WeightedCriteriaModel(configuration.criteria());
            case MOSCOW -> new MoscowModel();
            case CD3 -> new Cd3Model();
        };
    }
}
