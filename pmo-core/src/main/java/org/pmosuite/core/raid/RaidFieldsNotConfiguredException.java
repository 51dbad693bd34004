package org.pmosuite.core.raid;

import java.util.List;

/**
 * The host cannot count RAID entries because the RAID fields it counts by are missing. Never answered with an
 * empty heat map, which would read as "no risks".
 */
public class RaidFieldsNotConfiguredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The i18n key of the reason shown to people; its one argument is the list of missing fields. */
    public static final String MESSAGE_KEY = "pmo.raid.error.fields.missing";

    private final List<String> missingFields;

    /**
     * @param missingFields the names of the fields that are missing, as an administrator knows them
     */
    public RaidFieldsNotConfiguredException(List<String> missingFields) {
        super("RAID fields are not configured: " + missingFields);
        this.missingFields = List.copyOf(missingFields);
    }

    public List<String> missingFields() {
        return missingFields;
    }
}
