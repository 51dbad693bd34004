package org.pmosuite.jira.raid;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.pmosuite.core.raid.RiskMatrixDraft;

/**
 * The body of a change to a risk matrix: what the edit form sends. Every field may be missing or wrong; the core
 * names each problem. Read-only fields of a GET answer (source, maxScore, ...) are ignored, so a client may send back
 * what it read.
 *
 * @param version the version the change is based on, from the last GET; 0 for a project that inherits
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RiskMatrixChangeJson(Long version, Integer size, List<String> probabilityLabels,
        List<String> impactLabels, List<Band> bands) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Band(String key, String label, Integer minScore, String colour) {
    }

    RiskMatrixDraft draft() {
        return new RiskMatrixDraft(size, probabilityLabels, impactLabels, bands == null ? null
                : bands.stream().map(band -> band == null ? null
                        : new RiskMatrixDraft.BandDraft(band.key(), band.label(), band.minScore(), band.colour()))
                        .toList());
    }
}
