package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.Optional;

/** One rule for "this entry needs attention": a reason, or nothing when the entry is fine by this rule. */
public interface NeedsAttentionPolicy {

    /** The rule's stable name, carried by its reasons. */
    String name();

    /**
     * @param matrix the risk matrix of the scope the entry is shown in
     * @param today  the viewer's today; a date on today itself has not passed yet
     */
    Optional<AttentionReason> evaluate(RaidEntry entry, RiskMatrix matrix, LocalDate today);
}
