package org.pmosuite.core.portfolio;

import java.time.Instant;
import java.util.Objects;

/**
 * A portfolio as stored.
 *
 * @param id          its id
 * @param definition  what was configured
 * @param version     the definition's version: 1 when created, +1 on each change
 * @param rankVersion the version of its ranking (moves, forcing): +1 on each change, so a stale move is refused
 * @param updatedBy   who changed the definition last
 * @param updatedAt   when
 */
public record StoredPortfolio(long id, PortfolioDefinition definition, long version, long rankVersion,
        String updatedBy, Instant updatedAt) {
    public StoredPortfolio {
        Objects.requireNonNull(definition, "definition");
    }

    public String name() {
        return definition.name();
    }
}
