package org.pmosuite.jira.raid.field;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The template parameter of a RAID select list: its {@link RaidFieldOption}s, in order. */
final class RaidSelectOptions {

    static final String OPTIONS = "raidOptions";

    private RaidSelectOptions() {
    }

    /** One option per value, in declaration order: what the field stores, and the label people read. */
    static <E extends Enum<E>> List<RaidFieldOption> of(E[] values, Function<E, String> stored,
            Function<E, String> label) {
        return Arrays.stream(values).map(value -> new RaidFieldOption(stored.apply(value), label.apply(value)))
                .toList();
    }
}
