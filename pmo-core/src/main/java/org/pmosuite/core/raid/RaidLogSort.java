package org.pmosuite.core.raid;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns the RAID log sorts by, as a client names them ({@code sort=reviewDate}). Every store sorts the same
 * way, so that pages join up:
 * <ul>
 * <li>Entries without a value (unrated, no owner, no date, not ROAMed) come last, in either direction.</li>
 * <li>Ties are broken by issue key, ascending, always: by the key's project part, then by its number as a number
 * ({@code PAY-9} before {@code PAY-10}), as Jira orders keys. So every sort is total and stable.</li>
 * <li>Texts ({@code summary}, {@code owner} by display name, {@code status} by name) compare case-insensitively, as
 * lower-cased with {@link java.util.Locale#ROOT}.</li>
 * <li>{@code type} sorts in RAID order (risk, assumption, issue, dependency), {@code roam} in ROAM order (resolved,
 * owned, accepted, mitigated): the order of {@link RaidType} and {@link RoamStatus}.</li>
 * <li>{@code score} is probability x impact; an entry with a rating missing has no score.</li>
 * </ul>
 */
public enum RaidLogSort {
    KEY("key", SortOrder.ASC),
    SUMMARY("summary", SortOrder.ASC),
    TYPE("type", SortOrder.ASC),
    SCORE("score", SortOrder.DESC),
    PROBABILITY("probability", SortOrder.DESC),
    IMPACT("impact", SortOrder.DESC),
    ROAM("roam", SortOrder.ASC),
    OWNER("owner", SortOrder.ASC),
    PROXIMITY("proximity", SortOrder.ASC),
    REVIEW_DATE("reviewDate", SortOrder.ASC),
    UPDATED("updated", SortOrder.DESC),
    STATUS("status", SortOrder.ASC);

    private final String jsonName;
    private final SortOrder defaultOrder;

    RaidLogSort(String jsonName, SortOrder defaultOrder) {
        this.jsonName = jsonName;
        this.defaultOrder = defaultOrder;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The direction used when the request names the column but no {@code order}: the most pressing first. */
    public SortOrder defaultOrder() {
        return defaultOrder;
    }

    /** Parses a column name exactly as the allowlist spells it, ignoring case. */
    public static Optional<RaidLogSort> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        return Arrays.stream(values()).filter(sort -> sort.jsonName.equalsIgnoreCase(value)).findFirst();
    }
}
