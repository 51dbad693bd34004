package org.pmosuite.jira.raid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.pmosuite.core.raid.EffectiveRiskMatrix;
import org.pmosuite.core.raid.RiskMatrix;

/**
 * A risk matrix as the REST API returns it, on its own and inside the heat map.
 *
 * @param version    the version to send back with a change of this scope; 0 while a project inherits
 * @param inherited  whether a project shows the portfolio's matrix because it has none of its own
 * @param source     STANDARD (nobody configured one), PORTFOLIO or PROJECT
 * @param updatedAt  ISO 8601 in UTC, for example {@code 2026-12-01T19:30:00Z}; null for the standard matrix
 * @param probabilityLabels one label per rating, rating 1 first; the same for impact
 * @param bands      the score bands, least severe first; {@code maxScore} is the band's highest score
 */
public record RiskMatrixJson(int size, long version, boolean inherited, String source, String updatedBy,
        String updatedAt, List<String> probabilityLabels, List<String> impactLabels, List<Band> bands) {

    public record Band(String key, String label, int minScore, int maxScore, String colour) {
    }

    static RiskMatrixJson of(EffectiveRiskMatrix effective) {
        RiskMatrix matrix = effective.matrix();
        return new RiskMatrixJson(matrix.size().value(), effective.inherited() ? 0 : effective.version(),
                effective.inherited(), effective.source().name(), effective.updatedBy(),
                Optional.ofNullable(effective.updatedAt()).map(Instant::toString).orElse(null),
                matrix.probabilityLabels(), matrix.impactLabels(),
                matrix.bands().stream().map(band -> new Band(band.key().name(), band.label(), band.minScore(),
                        matrix.maxScore(band), band.colour())).toList());
    }
}
