package org.pmosuite.jira.raid.field;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.platform.PluginKey;

/**
 * Which of the app's {@code customfield-type} modules holds each RAID field, and which of Jira's searchers makes it
 * searchable. The app finds its fields by the complete key of their type, never by name, which an administrator may
 * change; where several fields have a RAID type, the oldest (lowest id) is the one setup created.
 */
public final class RaidFieldTypes {

    public static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";
    private RaidFieldTypes() {
    }

    /** The module key of the field's {@code customfield-type} in the app's descriptor. */
    public static String moduleKey(RaidCustomField field) {
        return switch (field) {
            case CATEGORY -> "raid-category-field";
            case PROBABILITY -> "raid-probability-field";
            case IMPACT -> "raid-impact-field";
            case SCORE -> "raid-score-field";
            case OWNER -> "raid-owner-field";
            case ROAM -> "raid-roam-field";
            case RESPONSE_PLAN -> "raid-response-plan-field";
            case PROXIMITY -> "raid-proximity-field";
            case REVIEW_DATE -> "raid-review-date-field";
            case VALIDATE_BY -> "raid-validate-by-field";
            case DEPENDS_ON -> "raid-depends-on-field";
            case NEED_BY -> "raid-need-by-field";
        };
    }

    /** The complete key of the field's type, as Jira reports it from {@code CustomFieldType.getKey()}. */
    public static String typeKey(RaidCustomField field) {
        return PluginKey.completeKey(moduleKey(field));
    }

    /** The complete key of the Jira searcher a field of this type is created with. */
    public static String searcherKey(RaidCustomField field) {
        return SYSTEM + switch (field) {
            case PROBABILITY, IMPACT, SCORE -> "numberrange";
            case PROXIMITY, REVIEW_DATE, VALIDATE_BY, NEED_BY -> "daterange";
            case RESPONSE_PLAN -> "textsearcher";
            case CATEGORY, OWNER, ROAM, DEPENDS_ON -> "exacttextsearcher";
        };
    }

    /** The RAID fields that exist in Jira, each the oldest field of its type. */
    public static Map<RaidCustomField, CustomField> existing(CustomFieldManager customFields) {
        Map<RaidCustomField, CustomField> found = new EnumMap<>(RaidCustomField.class);
        List<CustomField> all = customFields.getCustomFieldObjects();
        if (all == null) {
            return found;
        }
        all.stream().sorted(Comparator.comparing(CustomField::getIdAsLong)).forEach(field -> {
            CustomFieldType<?, ?> type = field.getCustomFieldType();
            if (type == null) {
                return;
            }
            for (RaidCustomField raid : RaidCustomField.values()) {
                if (typeKey(raid).equals(type.getKey())) {
                    found.putIfAbsent(raid, field);
                }
            }
        });
        return found;
    }
}
