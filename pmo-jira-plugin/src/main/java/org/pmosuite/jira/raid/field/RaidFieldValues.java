package org.pmosuite.jira.raid.field;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.raid.RaidEntryDraft;
import org.pmosuite.core.raid.RaidField;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RiskMatrixSize;
import org.pmosuite.core.raid.RoamStatus;
import org.pmosuite.core.raid.setup.RaidSetupPlan;

/**
 * How the RAID field types turn what a person typed into a stored value: by the core's rules for one field
 * ({@link RaidEntryDraft#checkValue}), the same the REST API and the sandbox apply, with the core's message in the
 * person's language when it is refused. Ratings are checked against the largest matrix: a field type does not know
 * the issue's project, so a rating above a smaller project's matrix counts as unrated there, as on the heat map.
 */
public final class RaidFieldValues {

    private RaidFieldValues() {
    }

    /** The checked value, or null for an empty one. */
    static Object check(RaidField field, String typed, I18nResolver i18n) {
        RaidEntryDraft.FieldValue checked = RaidEntryDraft.checkValue(field, typed, RiskMatrixSize.MAX);
        if (!checked.isValid()) {
            FieldError error = checked.error();
            throw new FieldValidationException(i18n.getText(error.messageKey(),
                    error.arguments().stream().map(String::valueOf).toArray(String[]::new)));
        }
        return checked.value();
    }

    /**
     * How a RAID type is stored and searched: "Risk", "Assumption", "Issue", "Dependency", the name of the issue type
     * setup creates for it.
     */
    public static String stored(RaidType type) {
        return RaidSetupPlan.issueTypeName(type);
    }

    /** How a ROAM status is stored and searched: "Resolved", "Owned", "Accepted", "Mitigated". */
    public static String stored(RoamStatus status) {
        return capitalised(status.name());
    }

    /** A day as the date fields store it: midnight UTC, so the day is the same wherever Jira runs. */
    static Date stored(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate day(Date stored) {
        return stored.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
