package org.pmosuite.core.raid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pmosuite.core.common.FieldError;

/**
 * The probability x impact risk matrix a PMO works with: how many levels each axis has, what the levels are
 * called, and which scores (probability x impact) fall in which band. Every score from 1 to size squared falls in
 * exactly one band.
 *
 * @param size              the number of levels on each axis
 * @param probabilityLabels the name of each probability level, lowest first
 * @param impactLabels      the name of each impact level, lowest first
 * @param bands             the bands, ascending in score and in severity; the first starts at score 1
 */
public record RiskMatrix(RiskMatrixSize size, List<String> probabilityLabels, List<String> impactLabels,
        List<ScoreBand> bands) {

    public static final int MAX_LABEL_LENGTH = 40;
    public static final int MIN_BANDS = 2;
    public static final int MAX_BANDS = 4;

    public RiskMatrix {
        Objects.requireNonNull(size, "size");
        probabilityLabels = probabilityLabels.stream().map(String::strip).toList();
        impactLabels = impactLabels.stream().map(String::strip).toList();
        bands = List.copyOf(bands);
        List<FieldError> problems = new RiskMatrixDraft(size.value(), probabilityLabels, impactLabels,
                bands.stream().map(b -> new RiskMatrixDraft.BandDraft(b.key().name(), b.label(), b.minScore(),
                        b.colour())).toList()).problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid risk matrix: " + problems.stream()
                    .map(p -> p.field() + " " + p.messageKey() + p.arguments()).collect(Collectors.joining("; ")));
        }
    }

    /**
     * The standard matrix of a size, in the reader's language: four bands at the thresholds of
     * {@link ExposureBand#of}, each starting at its smallest score, and any band that no cell of this size can
     * reach left out.
     *
     * @param text the text of a message key: {@code pmo.raid.matrix.probability.<size>.<level>},
     *             {@code pmo.raid.matrix.impact.<size>.<level>} and {@link ExposureBand#messageKey()}
     */
    public static RiskMatrix standard(RiskMatrixSize size, Function<String, String> text) {
        int n = size.value();
        List<String> probability = new ArrayList<>();
        List<String> impact = new ArrayList<>();
        for (int level = 1; level <= n; level++) {
            probability.add(text.apply("pmo.raid.matrix.probability." + n + "." + level));
            impact.add(text.apply("pmo.raid.matrix.impact." + n + "." + level));
        }
        List<Integer> minScores = new ArrayList<>();
        List<ExposureBand> keys = new ArrayList<>();
        for (int score = 1; score <= n * n; score++) {
            ExposureBand key = ExposureBand.of(score, size);
            if (keys.isEmpty() || keys.get(keys.size() - 1) != key) {
                keys.add(key);
                minScores.add(score);
            }
        }
        List<ScoreBand> bands = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int upper = i + 1 < keys.size() ? minScores.get(i + 1) - 1 : n * n;
            if (anyCellScores(n, minScores.get(i), upper)) {
                ExposureBand key = keys.get(i);
                bands.add(new ScoreBand(key, text.apply(key.messageKey()), minScores.get(i),
                        key.standardColour()));
            }
        }
        return new RiskMatrix(size, probability, impact, bands);
    }

    /** The band a score falls in. */
    public ScoreBand bandOf(int score) {
        int max = maxScore();
        if (score < 1 || score > max) {
            throw new IllegalArgumentException("score " + score + " is outside 1.." + max);
        }
        ScoreBand found = bands.get(0);
        for (ScoreBand band : bands) {
            if (band.minScore() <= score) {
                found = band;
            }
        }
        return found;
    }

    /** The highest score in a band of this matrix. */
    public int maxScore(ScoreBand band) {
        int index = bands.indexOf(band);
        if (index < 0) {
            throw new IllegalArgumentException("not a band of this matrix: " + band);
        }
        return index + 1 < bands.size() ? bands.get(index + 1).minScore() - 1 : maxScore();
    }

    /** The highest score of the matrix, size squared. */
    public int maxScore() {
        return size.value() * size.value();
    }

    /** The name of a probability level, 1 being the lowest. */
    public String probabilityLabel(int level) {
        return probabilityLabels.get(levelIndex(level));
    }

    /** The name of an impact level, 1 being the lowest. */
    public String impactLabel(int level) {
        return impactLabels.get(levelIndex(level));
    }

    private int levelIndex(int level) {
        if (!size.contains(level)) {
            throw new IllegalArgumentException("level " + level + " is outside 1.." + size.value());
        }
        return level - 1;
    }

    private static boolean anyCellScores(int size, int from, int to) {
        for (int probability = 1; probability <= size; probability++) {
            for (int impact = 1; impact <= size; impact++) {
                int score = probability * impact;
                if (score >= from && score <= to) {
                    return true;
                }
            }
        }
        return false;
    }
}
