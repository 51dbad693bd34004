package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that put a "needs attention" badge on a RAID entry, evaluated together. A closed entry (status category
 * Done) never needs attention, and a date "has passed" only from the day after it: on the date itself there is
 * still time.
 *
 * <p>The {@link RaidLog} store answers {@code needsAttention} filters and counts with exactly these rules, translated
 * to its own query language; {@code RaidLogContract} holds every adapter to them.
 */
public final class NeedsAttentionPolicies {

    /** The prefix of every reason's message key. */
    public static final String PREFIX = "pmo.raid.attention.";

    /** An open entry whose review date has passed. Argument: the review date, {@code yyyy-MM-dd}. */
    public static final NeedsAttentionPolicy REVIEW_OVERDUE = policy("REVIEW_OVERDUE", "review.overdue",
            (entry, matrix, today) -> passed(entry.reviewDate(), today)
                    ? args(entry.reviewDate().toString()) : null);

    /** An open assumption whose validate-by date has passed. Argument: that date. */
    public static final NeedsAttentionPolicy VALIDATION_OVERDUE = policy("VALIDATION_OVERDUE",
            "validation.overdue", (entry, matrix, today) -> entry.type() == RaidType.ASSUMPTION
                    && passed(entry.validateBy(), today) ? args(entry.validateBy().toString()) : null);

    /**
     * An open dependency whose need-by date has passed while what it waits for is not known to be resolved: the
     * depended-on issue is unresolved, not visible to the viewer, or not named at all (work outside Jira, for which
     * the open entry itself says it has not arrived). Arguments: the need-by date, then the depended-on issue key or
     * an empty string when none is named.
     */
    public static final NeedsAttentionPolicy DEPENDENCY_LATE = policy("DEPENDENCY_LATE", "dependency.late",
            (entry, matrix, today) -> entry.type() == RaidType.DEPENDENCY && passed(entry.needBy(), today)
                    && !Boolean.TRUE.equals(entry.dependsOnResolved())
                    ? args(entry.needBy().toString(),
                            entry.dependsOnIssueKey() == null ? "" : entry.dependsOnIssueKey())
                    : null);

    /** The bands whose open risks need a response plan. */
    public static final Set<ExposureBand> BANDS_NEEDING_A_RESPONSE = Set.of(ExposureBand.HIGH, ExposureBand.CRITICAL);

    /**
     * An open risk whose score falls in a high or critical band of the matrix (by the band's key, whatever the PMO
     * named it) and whose response plan is blank. Arguments: the score, then the band's label.
     */
    public static final NeedsAttentionPolicy RESPONSE_MISSING = policy("RESPONSE_MISSING", "response.missing",
            (entry, matrix, today) -> entry.type() == RaidType.RISK
                    && (entry.responsePlan() == null || entry.responsePlan().isBlank())
                    ? entry.band(matrix).filter(band -> BANDS_NEEDING_A_RESPONSE.contains(band.key()))
                            .map(band -> args(entry.score(), band.label())).orElse(null)
                    : null);

    private static final List<NeedsAttentionPolicy> ALL =
            List.of(REVIEW_OVERDUE, VALIDATION_OVERDUE, DEPENDENCY_LATE, RESPONSE_MISSING);

    private NeedsAttentionPolicies() {
    }

    /** Every rule, in the order their reasons are shown. */
    public static List<NeedsAttentionPolicy> all() {
        return ALL;
    }

    /** Every rule's reason for this entry; none for a closed entry. */
    public static NeedsAttention evaluate(RaidEntry entry, RiskMatrix matrix, LocalDate today) {
        return evaluate(ALL, entry, matrix, today);
    }

    /** The reasons the given rules find, in their order; none for a closed entry. */
    public static NeedsAttention evaluate(List<NeedsAttentionPolicy> policies, RaidEntry entry, RiskMatrix matrix,
            LocalDate today) {
        if (!entry.open()) {
            return NeedsAttention.none();
        }
        return new NeedsAttention(policies.stream()
                .flatMap(policy -> policy.evaluate(entry, matrix, today).stream())
                .toList());
    }

    private static boolean passed(LocalDate date, LocalDate today) {
        return date != null && date.isBefore(today);
    }

    private static List<Object> args(Object... arguments) {
        return List.of(arguments);
    }

    /** The rule's arguments when it applies to an open entry, or null when it does not. */
    @FunctionalInterface
    private interface Rule {
        List<Object> arguments(RaidEntry entry, RiskMatrix matrix, LocalDate today);
    }

    private static NeedsAttentionPolicy policy(String name, String key, Rule rule) {
        return new NeedsAttentionPolicy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<AttentionReason> evaluate(RaidEntry entry, RiskMatrix matrix, LocalDate today) {
                if (!entry.open()) {
                    return Optional.empty();
                }
                return Optional.ofNullable(rule.arguments(entry, matrix, today))
                        .map(arguments -> new AttentionReason(name, PREFIX + key, arguments));
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
