package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The four "needs attention" rules, each a small named policy; {@link NeedsAttentionPolicies} evaluates them together. */
public enum NeedsAttentionRule implements NeedsAttentionPolicy {

    /** An open entry whose review date has passed. Argument: the review date, {@code yyyy-MM-dd}. */
    REVIEW_OVERDUE("review.overdue", (entry, matrix, today) -> passed(entry.reviewDate(), today)
            ? args(entry.reviewDate().toString()) : null),

    /** An open assumption whose validate-by date has passed. Argument: that date. */
    VALIDATION_OVERDUE("validation.overdue", (entry, matrix, today) -> entry.type() == RaidType.ASSUMPTION
            && passed(entry.validateBy(), today) ? args(entry.validateBy().toString()) : null),

    /**
     * An open dependency whose need-by date has passed while what it waits for is not known to be resolved: the
     * depended-on issue is unresolved, not visible to the viewer, or not named at all (work outside Jira, for which
     * the open entry itself says it has not arrived). Arguments: the need-by date, then the depended-on issue key
     * when the viewer may see that issue; with the date alone (key {@code dependency.late.unnamed}) when the entry
     * names none or one the viewer may not see, so that a hidden issue is never named.
     */
    DEPENDENCY_LATE("dependency.late", (entry, matrix, today) -> entry.type() == RaidType.DEPENDENCY
            && passed(entry.needBy(), today) && !Boolean.TRUE.equals(entry.dependsOnResolved())
            ? entry.dependsOnResolved() == null ? args(entry.needBy().toString())
                    : args(entry.needBy().toString(), entry.dependsOnIssueKey())
            : null),

    /**
     * An open risk whose score falls in a high or critical band of the matrix (by the band's key, whatever the PMO
     * named it) and whose response plan is blank. Arguments: the score, then the band's label.
     */
    RESPONSE_MISSING("response.missing", (entry, matrix, today) -> entry.type() == RaidType.RISK
            && (entry.responsePlan() == null || entry.responsePlan().isBlank())
            ? entry.band(matrix).filter(band -> needsAResponse(band.key()))
                    .map(band -> args(entry.score(), band.label())).orElse(null)
            : null);

    /** The prefix of every reason's message key. */
    public static final String PREFIX = NeedsAttentionPolicies.PREFIX;

    private final String key;
    private final Rule rule;

    NeedsAttentionRule(String key, Rule rule) {
        this.key = key;
        this.rule = rule;
    }

    /** Whether open risks of a band need a response plan: high and critical ones do. */
    public static boolean needsAResponse(ExposureBand band) {
        return band == ExposureBand.HIGH || band == ExposureBand.CRITICAL;
    }

    @Override
    public Optional<AttentionReason> evaluate(RaidEntry entry, RiskMatrix matrix, LocalDate today) {
        if (!entry.open()) {
            return Optional.empty();
        }
        return Optional.ofNullable(rule.arguments(entry, matrix, today))
                .map(arguments -> new AttentionReason(name(), PREFIX + key
                        + (this == DEPENDENCY_LATE && arguments.size() == 1 ? ".unnamed" : ""), arguments));
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
}
