package org.pmosuite.core.raid;

import java.util.Arrays;
import java.util.Optional;

/** The fields of a RAID entry a person edits, each named as a JSON client names it. */
public enum RaidField {
    SUMMARY("summary", false),
    TYPE("type", false),
    PROBABILITY("probability", true),
    IMPACT("impact", true),
    OWNER("owner", true),
    ROAM("roam", true),
    RESPONSE_PLAN("responsePlan", true),
    PROXIMITY("proximity", true),
    REVIEW_DATE("reviewDate", true),
    VALIDATE_BY("validateBy", true),
    DEPENDS_ON("dependsOn", true),
    NEED_BY("needBy", true);

    private final String jsonName;
    private final boolean clearable;

    RaidField(String jsonName, boolean clearable) {
        this.jsonName = jsonName;
        this.clearable = clearable;
    }

    /** The field's name in a request body and in a {@link org.pmosuite.core.common.FieldError}. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether an explicit null in an update clears the field; summary and type always hold a value. */
    public boolean clearable() {
        return clearable;
    }

    public static Optional<RaidField> ofJsonName(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }
}
