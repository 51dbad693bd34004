package org.pmosuite.core.raid;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

/**
 * What a heat map is asked for, checked. Built from the raw values a client sent, so that every problem is
 * reported at once against the field it came from. The matrix size is not asked for: the risk matrix configured
 * for the projects decides it.
 *
 * @param projectKeys the projects, or empty for every project the actor may browse
 * @param types       the RAID types, or empty for all
 */
public record RaidHeatMapQuery(List<String> projectKeys, Set<RaidType> types) {

    /** The most projects one request may name; a portfolio-wide map names none. */
    public static final int MAX_PROJECTS = 1000;

    public RaidHeatMapQuery {
        projectKeys = List.copyOf(projectKeys);
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    /**
     * Parses raw request values.
     *
     * @param projectKeys project keys as sent; blanks are an error, not ignored
     * @param types       RAID type names as sent
     * @throws InvalidRequestException listing every invalid field
     */
    public static RaidHeatMapQuery parse(List<String> projectKeys, List<String> types) {
        List<FieldError> errors = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String key : projectKeys) {
            if (key == null || key.isBlank()) {
                errors.add(FieldError.of("project", "pmo.common.error.project.blank"));
            } else {
                keys.add(key.trim().toUpperCase(Locale.ROOT));
            }
        }
        if (keys.size() > MAX_PROJECTS) {
            errors.add(FieldError.of("project", "pmo.common.error.project.toomany", MAX_PROJECTS));
        }
        Set<RaidType> parsedTypes = EnumSet.noneOf(RaidType.class);
        for (String type : types) {
            RaidType.parse(type).ifPresentOrElse(parsedTypes::add,
                    () -> errors.add(FieldError.of("type", "pmo.raid.error.type.unknown", String.valueOf(type))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new RaidHeatMapQuery(keys, parsedTypes);
    }
}
