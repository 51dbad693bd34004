package org.pmosuite.core.raid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

/**
 * A risk matrix as a client sent it, every value possibly missing, so that {@link #validate()} can report every
 * problem at once against the field it came from ({@code size}, {@code probabilityLabels[2]},
 * {@code bands[1].minScore}, ...).
 */
public record RiskMatrixDraft(Integer size, List<String> probabilityLabels, List<String> impactLabels,
        List<BandDraft> bands) {

    /** The prefix of every message key this validation answers with. */
    public static final String ERROR = "pmo.raid.matrix.error.";

    /** One band as sent; {@code key} is an {@link ExposureBand} name, in any case. */
    public record BandDraft(String key, String label, Integer minScore, String colour) {
    }

    public RiskMatrixDraft {
        probabilityLabels = readOnly(probabilityLabels);
        impactLabels = readOnly(impactLabels);
        bands = readOnly(bands);
    }

    /** The draft a stored matrix reads back as, for example to fill an edit form. */
    public static RiskMatrixDraft of(RiskMatrix matrix) {
        return new RiskMatrixDraft(matrix.size().value(), matrix.probabilityLabels(), matrix.impactLabels(),
                matrix.bands().stream()
                        .map(b -> new BandDraft(b.key().name(), b.label(), b.minScore(), b.colour()))
                        .toList());
    }

    /**
     * The matrix this draft describes, labels trimmed and colours as {@code #rrggbb} in lower case.
     *
     * @throws InvalidRequestException listing every problem, one {@link FieldError} each
     */
    public RiskMatrix validate() {
        List<FieldError> errors = problems();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new RiskMatrix(new RiskMatrixSize(size), strip(probabilityLabels), strip(impactLabels),
                bands.stream().map(b -> new ScoreBand(ExposureBand.valueOf(b.key().strip().toUpperCase(Locale.ROOT)),
                        b.label(), b.minScore(), b.colour())).toList());
    }

    /** Every problem of the draft, in field order; empty when it describes a valid matrix. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        Integer validSize = null;
        if (size == null) {
            errors.add(FieldError.of("size", ERROR + "size.missing", RiskMatrixSize.MIN, RiskMatrixSize.MAX));
        } else if (size < RiskMatrixSize.MIN || size > RiskMatrixSize.MAX) {
            errors.add(FieldError.of("size", ERROR + "size.range", RiskMatrixSize.MIN, RiskMatrixSize.MAX, size));
        } else {
            validSize = size;
        }
        levelLabelProblems("probabilityLabels", probabilityLabels, validSize, errors);
        levelLabelProblems("impactLabels", impactLabels, validSize, errors);
        bandProblems(validSize, errors);
        return errors;
    }

    private static void levelLabelProblems(String field, List<String> labels, Integer size, List<FieldError> errors) {
        if (labels == null) {
            errors.add(FieldError.of(field, ERROR + "labels.missing"));
            return;
        }
        if (size != null && labels.size() != size) {
            errors.add(FieldError.of(field, ERROR + "labels.count", size, labels.size()));
        }
        Map<String, Integer> firstLevel = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            String element = field + "[" + i + "]";
            List<FieldError> problems = labelProblems(element, labels.get(i));
            errors.addAll(problems);
            if (problems.isEmpty()) {
                String label = labels.get(i).strip();
                Integer level = firstLevel.putIfAbsent(label.toLowerCase(Locale.ROOT), i + 1);
                if (level != null) {
                    errors.add(FieldError.of(element, ERROR + "label.duplicate", label, level));
                }
            }
        }
    }

    private void bandProblems(Integer size, List<FieldError> errors) {
        if (bands == null) {
            errors.add(FieldError.of("bands", ERROR + "bands.missing", RiskMatrix.MIN_BANDS, RiskMatrix.MAX_BANDS));
            return;
        }
        if (bands.size() < RiskMatrix.MIN_BANDS || bands.size() > RiskMatrix.MAX_BANDS) {
            errors.add(FieldError.of("bands", ERROR + "bands.count", RiskMatrix.MIN_BANDS, RiskMatrix.MAX_BANDS,
                    bands.size()));
        }
        ExposureBand highestKey = null;
        Integer previousMinScore = null;
        for (int i = 0; i < bands.size(); i++) {
            String field = "bands[" + i + "]";
            BandDraft band = bands.get(i);
            if (band == null) {
                errors.add(FieldError.of(field, ERROR + "band.missing"));
                continue;
            }
            Optional<ExposureBand> key = keyProblems(field + ".key", band.key(), highestKey, errors);
            if (key.isPresent()) {
                highestKey = highestKey == null || key.get().compareTo(highestKey) > 0 ? key.get() : highestKey;
            }
            errors.addAll(labelProblems(field + ".label", band.label()));
            minScoreProblems(field + ".minScore", i, band.minScore(), previousMinScore, size, errors);
            if (band.minScore() != null) {
                previousMinScore = band.minScore();
            }
            if (band.colour() == null || band.colour().isBlank()) {
                errors.add(FieldError.of(field + ".colour", ERROR + "band.colour.missing"));
            } else if (ScoreBand.normaliseColour(band.colour()).isEmpty()) {
                errors.add(FieldError.of(field + ".colour", ERROR + "band.colour.format", band.colour()));
            }
        }
    }

    private static Optional<ExposureBand> keyProblems(String field, String raw, ExposureBand highest,
            List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of(field, ERROR + "band.key.missing", allowedKeys()));
            return Optional.empty();
        }
        ExposureBand key;
        try {
            key = ExposureBand.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, ERROR + "band.key.unknown", raw, allowedKeys()));
            return Optional.empty();
        }
        if (highest == key) {
            errors.add(FieldError.of(field, ERROR + "band.key.duplicate", key.name()));
        } else if (highest != null && key.compareTo(highest) < 0) {
            errors.add(FieldError.of(field, ERROR + "band.key.order", key.name(), highest.name()));
        }
        return Optional.of(key);
    }

    private static void minScoreProblems(String field, int index, Integer minScore, Integer previous, Integer size,
            List<FieldError> errors) {
        if (minScore == null) {
            errors.add(FieldError.of(field, ERROR + "band.minscore.missing"));
        } else if (index == 0) {
            if (minScore != 1) {
                errors.add(FieldError.of(field, ERROR + "band.minscore.first", 1));
            }
        } else if (size != null && (minScore < 1 || minScore > size * size)) {
            errors.add(FieldError.of(field, ERROR + "band.minscore.range", 1, size * size));
        } else if (previous != null && minScore <= previous) {
            errors.add(FieldError.of(field, ERROR + "band.minscore.order", previous));
        }
    }

    /**
     * What is wrong with one label: missing or blank, a control character anywhere (checked before trimming, so
     * that a typed tab or line break is reported rather than trimmed away), or longer than
     * {@link RiskMatrix#MAX_LABEL_LENGTH} characters once trimmed.
     */
    static List<FieldError> labelProblems(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of(FieldError.of(field, ERROR + "label.blank"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (raw.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            errors.add(FieldError.of(field, ERROR + "label.control"));
        }
        String label = raw.strip();
        int length = label.codePointCount(0, label.length());
        if (length > RiskMatrix.MAX_LABEL_LENGTH) {
            errors.add(FieldError.of(field, ERROR + "label.toolong", RiskMatrix.MAX_LABEL_LENGTH, length));
        }
        return errors;
    }

    private static String allowedKeys() {
        return Arrays.stream(ExposureBand.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static List<String> strip(List<String> labels) {
        return labels.stream().map(String::strip).toList();
    }

    private static <T> List<T> readOnly(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
