package org.pmosuite.core.raid.setup;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.core.raid.RaidField;

/**
 * The custom fields a RAID entry carries on its issue. The host knows each by the key of its field type (in Jira the
 * app's own {@code customfield-type}, or Jira's user picker for the owner), never by its name, which an administrator
 * may change. {@link #defaultName()} is the name a field gets when setup creates it.
 */
public enum RaidCustomField {
    CATEGORY("RAID Type", true),
    PROBABILITY("RAID Probability", true),
    IMPACT("RAID Impact", true),
    /** Probability x impact, calculated: shown on the view screen, never edited. */
    SCORE("RAID Risk score", false),
    OWNER("RAID Owner", true),
    ROAM("RAID ROAM status", true),
    RESPONSE_PLAN("RAID Response plan", true),
    PROXIMITY("RAID Proximity", true),
    REVIEW_DATE("RAID Review date", true),
    VALIDATE_BY("RAID Validate by", true),
    DEPENDS_ON("RAID Depends on", true),
    NEED_BY("RAID Need by", true);

    private final String defaultName;
    private final boolean editable;

    RaidCustomField(String defaultName, boolean editable) {
        this.defaultName = defaultName;
        this.editable = editable;
    }

    public String defaultName() {
        return defaultName;
    }

    /** The custom field that holds a field of an entry; the summary is Jira's own field. */
    public static Optional<RaidCustomField> holding(RaidField field) {
        return switch (field) {
            case SUMMARY -> Optional.empty();
            case TYPE -> Optional.of(CATEGORY);
            default -> Optional.of(valueOf(field.name()));
        };
    }

    /** The screens of a project that show the field: every screen for an editable one, the view screen otherwise. */
    public Set<ScreenOperation> screens() {
        return editable ? EnumSet.allOf(ScreenOperation.class) : EnumSet.of(ScreenOperation.VIEW);
    }
}
