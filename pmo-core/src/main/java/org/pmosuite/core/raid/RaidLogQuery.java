package org.pmosuite.core.raid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.IssueKeys;

/**
 * What a RAID log or register is asked for, checked: filters, a sort and a page. A value that stores translate into
 * their own query language; it holds no SQL or JQL.
 *
 * <p>An entry matches when it passes every filter given; the values of one repeated filter are alternatives. An
 * empty set filters nothing.
 *
 * @param projectKeys    upper case; empty for every project the actor may browse. The service resolves them into
 *                       the {@link org.pmosuite.core.common.IssueScope} the store is asked about.
 * @param types          the RAID types to keep
 * @param roams          the ROAM statuses to keep
 * @param unroamed       whether to keep entries not yet ROAMed ({@code roam=NONE}); with no {@code roam} given at
 *                       all, every entry passes
 * @param ownerKeys      the owners' user keys to keep
 * @param dependsOn      upper-case issue keys: keep the dependencies waiting for one of these issues (their
 *                       {@link RaidEntry#dependsOnIssueKey()}), in whichever project they are
 * @param bands          the bands to keep, by key: entries whose {@link RaidEntry#band(RiskMatrix)} on the scope's
 *                       matrix has one of these keys; unrated entries have no band and never pass
 * @param needsAttention true for only entries that {@link NeedsAttentionPolicies} flag, false for only those it
 *                       does not, null for either
 * @param cell           the heat map cell: entries with exactly this probability and impact; or null
 * @param openOnly       whether to keep only open entries (status category not Done); the default
 * @param group          how to group the entries, which come first in its order and then in the sort's; or null
 */
public record RaidLogQuery(List<String> projectKeys, Set<RaidType> types, Set<RoamStatus> roams, boolean unroamed,
        Set<String> ownerKeys, Set<String> dependsOn, Set<ExposureBand> bands, Boolean needsAttention,
        RatingCell cell, boolean openOnly, RaidLogGrouping group, RaidLogSort sort, SortOrder order, int startAt,
        int maxResults) {

    public static final String PROJECT = "project";
    public static final String TYPE = "type";
    public static final String ROAM = "roam";
    public static final String OWNER = "owner";
    public static final String DEPENDS_ON = "dependsOn";
    public static final String BAND = "band";
    public static final String NEEDS_ATTENTION = "needsAttention";
    public static final String CELL = "cell";
    public static final String OPEN = "open";
    public static final String GROUP = "group";
    public static final String SORT = "sort";
    public static final String ORDER = "order";
    public static final String START_AT = "startAt";
    public static final String MAX_RESULTS = "maxResults";

    /** The value of {@code roam} that asks for entries not yet ROAMed. */
    public static final String NOT_ROAMED = "NONE";
    public static final int DEFAULT_MAX_RESULTS = 50;
    public static final int MAX_MAX_RESULTS = 100;
    public static final RaidLogSort DEFAULT_SORT = RaidLogSort.SCORE;

    private static final String ERROR = "pmo.raid.error.";
    private static final Pattern CELL_FORM = Pattern.compile("(\\d{1,2})[xX](\\d{1,2})");

    public RaidLogQuery {
        projectKeys = List.copyOf(projectKeys);
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        roams = roams.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roams));
        ownerKeys = Set.copyOf(ownerKeys);
        dependsOn = Set.copyOf(dependsOn);
        bands = bands.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(bands));
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(order, "order");
        if (startAt < 0 || maxResults < 1 || maxResults > MAX_MAX_RESULTS) {
            throw new IllegalArgumentException("invalid page: startAt " + startAt + ", maxResults " + maxResults);
        }
    }

    /** Open entries of every browsable project, highest score first, the first page. */
    public static RaidLogQuery defaults() {
        return parse(Map.of());
    }

    /**
     * Parses raw request parameters, each name with the values it was given ({@code project}, {@code type},
     * {@code roam}, {@code owner}, {@code dependsOn} and {@code band} repeat; the others may be given once). Names it
     * does not know, such as a cache-busting {@code _}, are not its business and are ignored.
     *
     * @throws InvalidRequestException listing every invalid parameter
     */
    public static RaidLogQuery parse(Map<String, List<String>> parameters) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : List.of(NEEDS_ATTENTION, CELL, OPEN, GROUP, SORT, ORDER, START_AT, MAX_RESULTS)) {
            if (values(parameters, name).size() > 1) {
                errors.add(FieldError.of(name, ERROR + "param.repeated", name));
            }
        }
        List<String> keys = new ArrayList<>();
        for (String key : values(parameters, PROJECT)) {
            if (key == null || key.isBlank()) {
                errors.add(FieldError.of(PROJECT, "pmo.common.error.project.blank"));
            } else {
                keys.add(key.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (keys.size() > RaidHeatMapQuery.MAX_PROJECTS) {
            errors.add(FieldError.of(PROJECT, "pmo.common.error.project.toomany", RaidHeatMapQuery.MAX_PROJECTS));
        }
        Set<RaidType> types = EnumSet.noneOf(RaidType.class);
        for (String type : values(parameters, TYPE)) {
            RaidType.parse(type).ifPresentOrElse(types::add,
                    () -> errors.add(FieldError.of(TYPE, ERROR + "type.unknown", String.valueOf(type))));
        }
        Set<RoamStatus> roams = EnumSet.noneOf(RoamStatus.class);
        boolean unroamed = false;
        for (String roam : values(parameters, ROAM)) {
            if (roam != null && roam.strip().equalsIgnoreCase(NOT_ROAMED)) {
                unroamed = true;
            } else {
                RoamStatus.parse(roam).ifPresentOrElse(roams::add, () -> errors.add(FieldError.of(ROAM,
                        ERROR + "roam.unknown", String.valueOf(roam), allowed(RoamStatus.values()) + ", "
                                + NOT_ROAMED)));
            }
        }
        Set<String> owners = new LinkedHashSet<>();
        for (String owner : values(parameters, OWNER)) {
            if (owner == null || owner.isBlank()) {
                errors.add(FieldError.of(OWNER, ERROR + "owner.blank"));
            } else {
                owners.add(owner.strip());
            }
        }
        Set<String> dependsOn = new LinkedHashSet<>();
        for (String key : values(parameters, DEPENDS_ON)) {
            String issueKey = IssueKeys.normalised(key);
            if (IssueKeys.isWellFormed(issueKey)) {
                dependsOn.add(issueKey);
            } else {
                errors.add(FieldError.of(DEPENDS_ON, ERROR + "dependson.format", String.valueOf(key)));
            }
        }
        Set<ExposureBand> bands = EnumSet.noneOf(ExposureBand.class);
        for (String band : values(parameters, BAND)) {
            try {
                bands.add(ExposureBand.valueOf(String.valueOf(band).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of(BAND, ERROR + "band.unknown", String.valueOf(band),
                        allowed(ExposureBand.values())));
            }
        }
        Boolean needsAttention = bool(parameters, NEEDS_ATTENTION, null, errors);
        Boolean open = bool(parameters, OPEN, Boolean.TRUE, errors);
        RatingCell cell = null;
        String rawCell = first(parameters, CELL);
        if (rawCell != null) {
            Matcher matcher = CELL_FORM.matcher(rawCell.strip());
            int max = RiskMatrixSize.MAX;
            if (matcher.matches() && inRange(matcher.group(1), max) && inRange(matcher.group(2), max)) {
                cell = new RatingCell(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            } else {
                errors.add(FieldError.of(CELL, ERROR + "cell.format", rawCell, max));
            }
        }
        RaidLogGrouping group = null;
        String rawGroup = first(parameters, GROUP);
        if (rawGroup != null && !rawGroup.isBlank()) {
            group = RaidLogGrouping.parse(rawGroup).orElse(null);
            if (group == null) {
                errors.add(FieldError.of(GROUP, ERROR + "group.unknown", rawGroup, Arrays.stream(
                        RaidLogGrouping.values()).map(RaidLogGrouping::jsonName).collect(Collectors.joining(", "))));
            }
        }
        RaidLogSort sort = DEFAULT_SORT;
        String rawSort = first(parameters, SORT);
        if (rawSort != null) {
            sort = RaidLogSort.parse(rawSort).orElse(null);
            if (sort == null) {
                errors.add(FieldError.of(SORT, ERROR + "sort.unknown", rawSort, Arrays.stream(RaidLogSort.values())
                        .map(RaidLogSort::jsonName).collect(Collectors.joining(", "))));
                sort = DEFAULT_SORT;
            }
        }
        SortOrder order = sort.defaultOrder();
        String rawOrder = first(parameters, ORDER);
        if (rawOrder != null) {
            order = SortOrder.parse(rawOrder).orElse(null);
            if (order == null) {
                errors.add(FieldError.of(ORDER, ERROR + "order.unknown", rawOrder, "asc, desc"));
                order = SortOrder.ASC;
            }
        }
        int startAt = integer(parameters, START_AT, 0, 0, Integer.MAX_VALUE, errors);
        int maxResults = integer(parameters, MAX_RESULTS, DEFAULT_MAX_RESULTS, 1, MAX_MAX_RESULTS, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new RaidLogQuery(keys, types, roams, unroamed, owners, dependsOn, bands, needsAttention, cell, open,
                group, sort, order, startAt, maxResults);
    }

    /**
     * This query, checked against the risk matrix of its scope: a {@code cell} must lie on the matrix.
     *
     * @throws InvalidRequestException when it does not
     */
    public RaidLogQuery checkedAgainst(RiskMatrix matrix) {
        int size = matrix.size().value();
        if (cell != null && (cell.probability() > size || cell.impact() > size)) {
            throw new InvalidRequestException(List.of(FieldError.of(CELL, ERROR + "cell.range", cell.toString(),
                    size)));
        }
        return this;
    }

    /** The same filters, sort and page, grouped another way (null for none). */
    public RaidLogQuery groupedBy(RaidLogGrouping newGroup) {
        return new RaidLogQuery(projectKeys, types, roams, unroamed, ownerKeys, dependsOn, bands, needsAttention,
                cell, openOnly, newGroup, sort, order, startAt, maxResults);
    }

    /** Whether the query filters by ROAM status at all. */
    public boolean filtersByRoam() {
        return unroamed || !roams.isEmpty();
    }

    /** The same filters and sort, asking for another page. */
    public RaidLogQuery page(int newStartAt, int newMaxResults) {
        return new RaidLogQuery(projectKeys, types, roams, unroamed, ownerKeys, dependsOn, bands, needsAttention,
                cell, openOnly, group, sort, order, newStartAt, newMaxResults);
    }

    /** The same filters and page, in another order. */
    public RaidLogQuery sortedBy(RaidLogSort newSort, SortOrder newOrder) {
        return new RaidLogQuery(projectKeys, types, roams, unroamed, ownerKeys, dependsOn, bands, needsAttention,
                cell, openOnly, group, newSort, newOrder, startAt, maxResults);
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null ? List.of() : values;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = values(parameters, name);
        return values.isEmpty() ? null : String.valueOf(values.get(0));
    }

    private static Boolean bool(Map<String, List<String>> parameters, String name, Boolean absent,
            List<FieldError> errors) {
        String raw = first(parameters, name);
        if (raw == null) {
            return absent;
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        errors.add(FieldError.of(name, ERROR + "param.boolean", raw));
        return absent;
    }

    private static int integer(Map<String, List<String>> parameters, String name, int absent, int min, int max,
            List<FieldError> errors) {
        String raw = first(parameters, name);
        if (raw == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        errors.add(FieldError.of(name, ERROR + "param.range", min, max, raw));
        return absent;
    }

    private static boolean inRange(String digits, int max) {
        int value = Integer.parseInt(digits);
        return value >= 1 && value <= max;
    }

    private static String allowed(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
