package org.pmosuite.jira.raid;

import java.time.Instant;
import java.util.List;

import org.pmosuite.core.raid.EffectiveRiskMatrix;
import org.pmosuite.core.raid.RiskMatrix;

/**
 * A risk matrix as the REST API returns it, on its own and inside the heat map.
 *
 * @param version    the version to send back with a change of this scope; 0 while a project inherits
 * @param inherited  whether a project shows the portfolio's matrix because it has none of its own
 * @param source     STANDARD (nobody configured one), PORTFOLIO or PROJECT
 * @param probabilityLabels one label per rating, rating 1 first; the same for impact
 * @param bands      the score bands, least severe first; {@code maxScore} is the band's highest score
 */
public record RiskMatrixJson(int size, long version, boolean inherited, String source, String updatedBy,
        Instant updatedAt, List<String> probabilityLabels, List<String> impactLabels, List<Band> bands) {

    public record Band(String key, String label, int minScore, int maxScore, String colour) {
    }

    static RiskMatrixJson of(EffectiveRiskMatrix effective) {
        RiskMatrix matrix = effective.matrix();
        return new RiskMatrixJson(matrix.size().value(), effective.inherited() ? 0 : effective.version(),
                effective.inherited(), effective.source().name(), effective.updatedBy(), effective.updatedAt(),
                matrix.probabilityLabels(), matrix.impactLabels(),
                matrix.bands().stream().map(band -> new Band(band.key().name(), band.label(), band.minScore(),
                        matrix.maxScore(band), band.colour())).toList());
    }
}
