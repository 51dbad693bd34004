package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.List;

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

    public static final NeedsAttentionRule REVIEW_OVERDUE = NeedsAttentionRule.REVIEW_OVERDUE;
    public static final NeedsAttentionRule VALIDATION_OVERDUE = NeedsAttentionRule.VALIDATION_OVERDUE;
    public static final NeedsAttentionRule DEPENDENCY_LATE = NeedsAttentionRule.DEPENDENCY_LATE;
    public static final NeedsAttentionRule RESPONSE_MISSING = NeedsAttentionRule.RESPONSE_MISSING;

    private NeedsAttentionPolicies() {
    }

    /** Whether open risks of a band need a response plan: high and critical ones do. */
    public static boolean needsAResponse(ExposureBand band) {
        return NeedsAttentionRule.needsAResponse(band);
    }

    /** Every rule, in the order their reasons are shown. */
    public static List<NeedsAttentionPolicy> all() {
        return List.of(NeedsAttentionRule.values());
    }

    /** Every rule's reason for this entry; none for a closed entry. */
    public static NeedsAttention evaluate(RaidEntry entry, RiskMatrix matrix, LocalDate today) {
        return evaluate(all(), entry, matrix, today);
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
}
