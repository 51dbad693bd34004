package org.pmosuite.core.raid;

import java.util.List;

/** What every {@link NeedsAttentionPolicy} found about one entry; no reasons means it needs no attention. */
public record NeedsAttention(List<AttentionReason> reasons) {
    public NeedsAttention {
        reasons = List.copyOf(reasons);
    }

    public static NeedsAttention none() {
        return new NeedsAttention(List.of());
    }

    public boolean any() {
        return !reasons.isEmpty();
    }
}
