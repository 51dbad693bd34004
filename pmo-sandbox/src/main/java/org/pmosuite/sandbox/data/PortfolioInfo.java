package org.pmosuite.sandbox.data;

import java.time.Instant;

/**
 * What the sandbox database holds, as recorded when the portfolio was generated.
 *
 * @param generatedNow whether this start generated it (false when existing data was reused)
 */
public record PortfolioInfo(PortfolioSize size, long seed, int generatorVersion, Instant generatedAt,
        long generationMillis, int projects, long issues, boolean generatedNow) {
}
