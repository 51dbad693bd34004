package org.pmosuite.core.portfolio.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a portfolio is scored: the model, the criteria of a {@link ScoringModelType#WEIGHTED weighted} model (empty for
 * every other model), and for each MoSCoW category the largest share of capacity its initiatives may take, which
 * the capacity cut line applies. Build one from client input with {@link ScoringConfigurationDraft#validate()}.
 *
 * @param model              the scoring model
 * @param criteria           the weighted model's criteria, at least one, ids unique ignoring case, weights not all
 *                           0; empty for any other model
 * @param categoryCapPercent percent of capacity per MoSCoW category, each 0..100; a category left out gets its
 *                           {@link #defaultCapPercent() default}
 */
public record ScoringConfiguration(ScoringModelType model, List<Criterion> criteria,
        Map<MoscowCategory, Double> categoryCapPercent) {

    /** The most criteria a weighted model may have. */
    public static final int MAX_CRITERIA = 20;

    /**
     * DSDM's guidance: Must Have effort above 60% of the total introduces a risk of failure, so Must is capped at 60
     * percent of capacity and the other categories are not capped (100). DSDM Agile Project Framework, chapter 10,
     * MoSCoW Prioritisation, https://www.agilebusiness.org/dsdm-project-framework/moscow-prioririsation.html
     */
    public static Map<MoscowCategory, Double> defaultCapPercent() {
        return Collections.unmodifiableMap(new EnumMap<>(Map.of(MoscowCategory.MUST, 60.0, MoscowCategory.SHOULD,
                100.0, MoscowCategory.COULD, 100.0, MoscowCategory.WONT, 100.0)));
    }

    public ScoringConfiguration {
        Objects.requireNonNull(model, "model");
        criteria = List.copyOf(criteria);
        if (model == ScoringModelType.WEIGHTED) {
            if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
                throw new IllegalArgumentException("a weighted model has 1 to " + MAX_CRITERIA + " criteria");
            }
            Set<String> ids = new HashSet<>();
            double total = 0;
            for (Criterion criterion : criteria) {
                if (!ids.add(criterion.id().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("duplicate criterion id " + criterion.id());
                }
                total += criterion.weight();
            }
            if (total == 0) {
                throw new IllegalArgumentException("the criteria's weights are all 0");
            }
        } else if (!criteria.isEmpty()) {
            throw new IllegalArgumentException(model + " has no criteria");
        }
        Map<MoscowCategory, Double> caps = new EnumMap<>(defaultCapPercent());
        categoryCapPercent.forEach((category, cap) -> {
            Objects.requireNonNull(category, "category");
            if (cap == null || !(cap >= 0 && cap <= 100)) {
                throw new IllegalArgumentException("a cap is 0..100 percent: " + category + " " + cap);
            }
            caps.put(category, cap);
        });
        categoryCapPercent = Collections.unmodifiableMap(caps);
    }

    /** The model with its defaults: the {@link #defaultCriteria()} for a weighted model, the default caps. */
    public static ScoringConfiguration of(ScoringModelType model) {
        return new ScoringConfiguration(model, model == ScoringModelType.WEIGHTED ? defaultCriteria() : List.of(),
                Map.of());
    }

    /**
     * A weighted model's starting point, for an administrator to edit: WSJF's four inputs weighted equally, the
     * job size as a cost.
     */
    public static List<Criterion> defaultCriteria() {
        List<Criterion> criteria = new ArrayList<>();
        for (ScoringInput input : ScoringModelType.WEIGHTED.inputs()) {
            criteria.add(new Criterion(input.fieldName(), input, 1,
                    input == ScoringInput.JOB_SIZE ? Direction.COST : Direction.BENEFIT));
        }
        return List.copyOf(criteria);
    }

    /** The largest share of capacity, in percent, that initiatives of the category may take. */
    public double capPercent(MoscowCategory category) {
        return categoryCapPercent.get(Objects.requireNonNull(category, "category"));
    }

    /** The inputs the configured model reads: its criteria's (each once, in criterion order) or the model's. */
    public List<ScoringInput> inputs() {
        if (model != ScoringModelType.WEIGHTED) {
            return model.inputs();
        }
        Set<ScoringInput> inputs = new LinkedHashSet<>();
        criteria.forEach(criterion -> inputs.add(criterion.input()));
        return List.copyOf(inputs);
    }
}
