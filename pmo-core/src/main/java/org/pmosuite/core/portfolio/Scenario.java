package org.pmosuite.core.portfolio;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;

/**
 * A named what-if on a portfolio: other scoring, other capacity, other forcing. What it leaves null it takes from
 * the baseline.
 *
 * @param id          its id; 0 before it is stored
 * @param portfolioId the portfolio
 * @param name        its name, unique within the portfolio ignoring case
 * @param scoring     the scoring to try, or null for the baseline's
 * @param capacity    the capacity to try, or null for the baseline's
 * @param forcings    forcing to try, by issue id, replacing the baseline's for those initiatives
 * @param version     1 when created, +1 on each change
 * @param createdBy   who made it
 * @param createdAt   when
 */
public record Scenario(long id, long portfolioId, String name, ScoringConfiguration scoring, Capacity capacity,
        Map<Long, Forcing> forcings, long version, String createdBy, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 120;

    public Scenario {
        Objects.requireNonNull(name, "name");
        forcings = Map.copyOf(forcings);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
