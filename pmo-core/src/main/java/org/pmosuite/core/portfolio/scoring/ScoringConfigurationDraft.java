package org.pmosuite.core.portfolio.scoring;

import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CAP_CATEGORY_DUPLICATE;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CAP_CATEGORY_UNKNOWN;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CAP_MISSING;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CAP_NOT_FINITE;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CAP_RANGE;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERIA_REQUIRED;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERIA_TOO_MANY;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERIA_UNUSED;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_DIRECTION_MISSING;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_DIRECTION_UNKNOWN;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_ID_DUPLICATE;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_ID_MISSING;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_ID_TOO_LONG;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_INPUT_MISSING;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_INPUT_UNBOUNDED;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_INPUT_UNKNOWN;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_MISSING;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_WEIGHT_MISSING;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_WEIGHT_NEGATIVE;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.CRITERION_WEIGHT_NOT_FINITE;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.MODEL_MISSING;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.MODEL_UNKNOWN;
import static org.pmosuite.core.portfolio.scoring.ScoringMessages.WEIGHTS_ALL_ZERO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

/**
 * A scoring configuration as a client sent it, every value possibly missing, so that {@link #validate()} can report
 * every problem at once against the field it came from ({@code model}, {@code criteria}, {@code criteria[2].weight},
 * {@code caps.MUST}, ...).
 *
 * <p>Criteria belong to the weighted model only: for any other model they must be left out (or empty), else the
 * draft fails with {@code pmo.portfolio.model.error.criteria-unused} on {@code criteria} and the criteria themselves
 * are not checked further. When the model is unknown the criteria are checked as a weighted model's would be.
 *
 * @param model    a {@link ScoringModelType} name, in any case
 * @param criteria the weighted model's criteria; {@code null} for none
 * @param caps     percent of capacity per MoSCoW category name ({@code MUST}, ...), in any case; {@code null} or a
 *                 category left out for its default
 */
public record ScoringConfigurationDraft(String model, List<CriterionDraft> criteria, Map<String, Double> caps) {

    /**
     * One criterion as sent.
     *
     * @param id        the criterion's name
     * @param input     a {@link ScoringInput} by field name ({@code jobSize}) or constant name ({@code JOB_SIZE})
     * @param weight    its relative weight
     * @param direction {@code BENEFIT} or {@code COST}, in any case
     */
    public record CriterionDraft(String id, String input, Double weight, String direction) {
    }

    public ScoringConfigurationDraft {
        criteria = criteria == null ? null : Collections.unmodifiableList(new ArrayList<>(criteria));
        caps = caps == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(caps));
    }

    /** The draft a configuration reads back as, for example to fill an edit form. */
    public static ScoringConfigurationDraft of(ScoringConfiguration configuration) {
        Map<String, Double> caps = new LinkedHashMap<>();
        configuration.categoryCapPercent().forEach((category, cap) -> caps.put(category.name(), cap));
        return new ScoringConfigurationDraft(configuration.model().name(), configuration.criteria().stream()
                .map(c -> new CriterionDraft(c.id(), c.input().fieldName(), c.weight(), c.direction().name()))
                .toList(), caps);
    }

    /**
     * The configuration this draft describes.
     *
     * @throws InvalidRequestException listing every problem, one {@link FieldError} each
     */
    public ScoringConfiguration validate() {
        List<FieldError> errors = problems();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ScoringModelType type = ScoringModelType.parse(model).orElseThrow();
        List<Criterion> valid = type != ScoringModelType.WEIGHTED ? List.of() : criteria.stream()
                .map(c -> new Criterion(c.id(), ScoringInput.parse(c.input()).orElseThrow(), c.weight(),
                        Direction.parse(c.direction()).orElseThrow()))
                .toList();
        Map<MoscowCategory, Double> validCaps = new EnumMap<>(MoscowCategory.class);
        if (caps != null) {
            caps.forEach((category, cap) -> validCaps.put(MoscowCategory.parse(category).orElseThrow(), cap));
        }
        return new ScoringConfiguration(type, valid, validCaps);
    }

    /** Every problem of the draft, in field order; empty when it describes a valid configuration. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        ScoringModelType type = null;
        if (model == null || model.isBlank()) {
            errors.add(FieldError.of("model", MODEL_MISSING, names(ScoringModelType.values())));
        } else {
            Optional<ScoringModelType> parsed = ScoringModelType.parse(model);
            if (parsed.isEmpty()) {
                errors.add(FieldError.of("model", MODEL_UNKNOWN, model, names(ScoringModelType.values())));
            }
            type = parsed.orElse(null);
        }
        List<CriterionDraft> list = criteria == null ? List.of() : criteria;
        if (type != null && type != ScoringModelType.WEIGHTED) {
            if (!list.isEmpty()) {
                errors.add(FieldError.of("criteria", CRITERIA_UNUSED, type.name()));
            }
        } else {
            criteriaProblems(type, list, errors);
        }
        capProblems(errors);
        return errors;
    }

    private static void criteriaProblems(ScoringModelType type, List<CriterionDraft> list, List<FieldError> errors) {
        if (type == ScoringModelType.WEIGHTED && list.isEmpty()) {
            errors.add(FieldError.of("criteria", CRITERIA_REQUIRED));
        }
        if (list.size() > ScoringConfiguration.MAX_CRITERIA) {
            errors.add(FieldError.of("criteria", CRITERIA_TOO_MANY, ScoringConfiguration.MAX_CRITERIA, list.size()));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        boolean weightsValid = true;
        double total = 0;
        for (int i = 0; i < list.size(); i++) {
            String field = "criteria[" + i + "]";
            CriterionDraft criterion = list.get(i);
            if (criterion == null) {
                errors.add(FieldError.of(field, CRITERION_MISSING));
                weightsValid = false;
                continue;
            }
            idProblems(field + ".id", criterion.id(), i, firstIndex, errors);
            inputProblems(field + ".input", criterion.input(), errors);
            Double weight = criterion.weight();
            if (weight == null) {
                errors.add(FieldError.of(field + ".weight", CRITERION_WEIGHT_MISSING));
                weightsValid = false;
            } else if (!Double.isFinite(weight)) {
                errors.add(FieldError.of(field + ".weight", CRITERION_WEIGHT_NOT_FINITE));
                weightsValid = false;
            } else if (weight < 0) {
                errors.add(FieldError.of(field + ".weight", CRITERION_WEIGHT_NEGATIVE, weight));
                weightsValid = false;
            } else {
                total += weight;
            }
            if (criterion.direction() == null || criterion.direction().isBlank()) {
                errors.add(FieldError.of(field + ".direction", CRITERION_DIRECTION_MISSING, names(Direction.values())));
            } else if (Direction.parse(criterion.direction()).isEmpty()) {
                errors.add(FieldError.of(field + ".direction", CRITERION_DIRECTION_UNKNOWN, criterion.direction(),
                        names(Direction.values())));
            }
        }
        if (weightsValid && !list.isEmpty() && total == 0) {
            errors.add(FieldError.of("criteria", WEIGHTS_ALL_ZERO));
        }
    }

    private static void idProblems(String field, String raw, int index, Map<String, Integer> firstIndex,
            List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of(field, CRITERION_ID_MISSING));
            return;
        }
        String id = raw.strip();
        if (id.length() > Criterion.MAX_ID_LENGTH) {
            errors.add(FieldError.of(field, CRITERION_ID_TOO_LONG, Criterion.MAX_ID_LENGTH, id.length()));
        }
        Integer first = firstIndex.putIfAbsent(id.toLowerCase(Locale.ROOT), index);
        if (first != null) {
            errors.add(FieldError.of(field, CRITERION_ID_DUPLICATE, id, first + 1));
        }
    }

    private static void inputProblems(String field, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of(field, CRITERION_INPUT_MISSING, boundedInputs()));
            return;
        }
        Optional<ScoringInput> input = ScoringInput.parse(raw);
        if (input.isEmpty()) {
            errors.add(FieldError.of(field, CRITERION_INPUT_UNKNOWN, raw, boundedInputs()));
        } else if (!input.get().scale().bounded()) {
            errors.add(FieldError.of(field, CRITERION_INPUT_UNBOUNDED, input.get().fieldName(), boundedInputs()));
        }
    }

    private void capProblems(List<FieldError> errors) {
        if (caps == null) {
            return;
        }
        Map<MoscowCategory, String> seen = new EnumMap<>(MoscowCategory.class);
        caps.forEach((raw, cap) -> {
            String field = raw == null ? "caps" : "caps." + raw;
            Optional<MoscowCategory> category = MoscowCategory.parse(raw);
            if (category.isEmpty()) {
                errors.add(FieldError.of(field, CAP_CATEGORY_UNKNOWN, String.valueOf(raw),
                        names(MoscowCategory.values())));
            } else if (seen.putIfAbsent(category.get(), raw) != null) {
                errors.add(FieldError.of(field, CAP_CATEGORY_DUPLICATE, category.get().name()));
            }
            if (cap == null) {
                errors.add(FieldError.of(field, CAP_MISSING, 0, 100));
            } else if (!Double.isFinite(cap)) {
                errors.add(FieldError.of(field, CAP_NOT_FINITE, 0, 100));
            } else if (cap < 0 || cap > 100) {
                errors.add(FieldError.of(field, CAP_RANGE, cap, 0, 100));
            }
        });
    }

    /** The inputs a criterion may read, by field name: those whose scale has an upper bound. */
    private static String boundedInputs() {
        return Arrays.stream(ScoringInput.values()).filter(i -> i.scale().bounded()).map(ScoringInput::fieldName)
                .collect(Collectors.joining(", "));
    }

    private static String names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }
}
