package org.pmosuite.core.raid;

import java.util.Map;

/** The English texts of the standard matrices, as the app's properties file is meant to hold them. */
public final class EnglishRiskMatrixTexts implements RiskMatrixTexts {

    public static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("pmo.raid.matrix.probability.3.1", "Unlikely"),
            Map.entry("pmo.raid.matrix.probability.3.2", "Possible"),
            Map.entry("pmo.raid.matrix.probability.3.3", "Likely"),
            Map.entry("pmo.raid.matrix.impact.3.1", "Minor"),
            Map.entry("pmo.raid.matrix.impact.3.2", "Moderate"),
            Map.entry("pmo.raid.matrix.impact.3.3", "Major"),
            Map.entry("pmo.raid.matrix.probability.4.1", "Unlikely"),
            Map.entry("pmo.raid.matrix.probability.4.2", "Possible"),
            Map.entry("pmo.raid.matrix.probability.4.3", "Likely"),
            Map.entry("pmo.raid.matrix.probability.4.4", "Almost certain"),
            Map.entry("pmo.raid.matrix.impact.4.1", "Minor"),
            Map.entry("pmo.raid.matrix.impact.4.2", "Moderate"),
            Map.entry("pmo.raid.matrix.impact.4.3", "Major"),
            Map.entry("pmo.raid.matrix.impact.4.4", "Severe"),
            Map.entry("pmo.raid.matrix.probability.5.1", "Rare"),
            Map.entry("pmo.raid.matrix.probability.5.2", "Unlikely"),
            Map.entry("pmo.raid.matrix.probability.5.3", "Possible"),
            Map.entry("pmo.raid.matrix.probability.5.4", "Likely"),
            Map.entry("pmo.raid.matrix.probability.5.5", "Almost certain"),
            Map.entry("pmo.raid.matrix.impact.5.1", "Negligible"),
            Map.entry("pmo.raid.matrix.impact.5.2", "Minor"),
            Map.entry("pmo.raid.matrix.impact.5.3", "Moderate"),
            Map.entry("pmo.raid.matrix.impact.5.4", "Major"),
            Map.entry("pmo.raid.matrix.impact.5.5", "Severe"),
            Map.entry("pmo.raid.band.low", "Low"),
            Map.entry("pmo.raid.band.medium", "Medium"),
            Map.entry("pmo.raid.band.high", "High"),
            Map.entry("pmo.raid.band.critical", "Critical"));

    @Override
    public String text(String messageKey) {
        String text = TEXTS.get(messageKey);
        if (text == null) {
            throw new IllegalArgumentException("no English text for " + messageKey);
        }
        return text;
    }

    /** The standard matrix of a size, in English. */
    public static RiskMatrix standard(int size) {
        return RiskMatrix.standard(new RiskMatrixSize(size), new EnglishRiskMatrixTexts()::text);
    }
}
