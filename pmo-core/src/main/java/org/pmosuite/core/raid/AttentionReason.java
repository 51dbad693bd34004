package org.pmosuite.core.raid;

import java.util.List;
import java.util.Objects;

/**
 * Why an entry needs attention, as a message key and its arguments. Edges translate it.
 *
 * @param policy     the name of the policy that found it, such as {@code REVIEW_OVERDUE}
 * @param messageKey an i18n key, {@code pmo.raid.attention.<thing>}
 */
public record AttentionReason(String policy, String messageKey, List<Object> arguments) {
    public AttentionReason {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }
}
