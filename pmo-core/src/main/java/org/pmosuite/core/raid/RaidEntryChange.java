package org.pmosuite.core.raid;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A checked change of a RAID entry, every value typed and valid. Only the fields in {@code changed} are written; a
 * changed field whose value is null is cleared. A creation changes every field.
 *
 * @param changed   the fields to write
 * @param ownerKey  the user key of the new owner; the adapter checks that the user exists
 * @param dependsOn the key of the depended-on issue, upper case; the adapter checks that it exists and is visible
 */
public record RaidEntryChange(Set<RaidField> changed, String summary, RaidType type, Integer probability,
        Integer impact, String ownerKey, RoamStatus roam, String responsePlan, LocalDate proximity,
        LocalDate reviewDate, LocalDate validateBy, String dependsOn, LocalDate needBy) {

    public RaidEntryChange {
        changed = changed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(changed));
        if (changed.contains(RaidField.SUMMARY)) {
            Objects.requireNonNull(summary, "summary");
        }
        if (changed.contains(RaidField.TYPE)) {
            Objects.requireNonNull(type, "type");
        }
    }

    /** Whether the change writes this field. */
    public boolean changes(RaidField field) {
        return changed.contains(field);
    }

    /** The value the change writes to the field; null for a cleared field (or one it does not change). */
    public Object value(RaidField field) {
        return switch (field) {
            case SUMMARY -> summary;
            case TYPE -> type;
            case PROBABILITY -> probability;
            case IMPACT -> impact;
            case OWNER -> ownerKey;
            case ROAM -> roam;
            case RESPONSE_PLAN -> responsePlan;
            case PROXIMITY -> proximity;
            case REVIEW_DATE -> reviewDate;
            case VALIDATE_BY -> validateBy;
            case DEPENDS_ON -> dependsOn;
            case NEED_BY -> needBy;
        };
    }

    /** Whether this change creates an entry: it writes every field. */
    public boolean isCreation() {
        return changed.containsAll(EnumSet.allOf(RaidField.class));
    }
}
