package org.pmosuite.core.portfolio;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes the initiatives of one read share their repeated values (project, status, theme, owner, estimates) instead
 * of holding a copy each, as a source hands them over row by row: a kept snapshot of a large portfolio then holds
 * each distinct value once. The initiatives stay equal to those given. Not thread-safe: one per read.
 */
final class SharedValues {

    private final Map<Object, Object> seen = new HashMap<>();

    Initiative of(Initiative initiative) {
        return new Initiative(initiative.issueId(), initiative.issueKey(), shared(initiative.project()),
                initiative.title(), shared(initiative.status()), shared(initiative.statusCategory()),
                shared(initiative.theme()), shared(initiative.ownerKey()), shared(initiative.ownerName()),
                initiative.inputs(), shared(initiative.estimates()));
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        return value == null ? null : (T) seen.computeIfAbsent(value, v -> v);
    }
}
