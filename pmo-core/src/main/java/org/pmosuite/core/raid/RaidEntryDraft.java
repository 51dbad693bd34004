package org.pmosuite.core.raid;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.IssueKeys;

/**
 * A RAID entry as a client sent it: the members of a JSON request body, as a JSON parser gives them (strings,
 * numbers, booleans, lists, maps or null), keyed by the names of {@link RaidField#jsonName()}. A name that is
 * absent is not given; a name given as null clears the field. Checking it reports every problem at once, each
 * against the field it came from.
 *
 * <p>The rules, beyond each field's own form:
 * <ul>
 * <li>{@code summary} and {@code type} are required on creation and can never be cleared.</li>
 * <li>{@code validateBy} belongs to assumptions only; {@code dependsOn} and {@code needBy} to dependencies only. The
 * entry that results from the change must not hold them for another type: given for another type they are an error
 * (never dropped), and changing an entry's type away asks for them to be cleared in the same change.</li>
 * <li>A dependency's {@code needBy} must not fall after its {@code proximity}: the proximity of a dependency is when
 * the work that waits for it is due, so what it waits for is needed by then at the latest.</li>
 * <li>Any date may lie in the past: overdue reviews and dates recorded late exist, and are what "needs attention"
 * reports.</li>
 * <li>A blank {@code owner} is an error (null clears it); a blank {@code responsePlan} clears the plan.</li>
 * <li>{@code dependsOn} is an issue key, {@code [A-Z][A-Z0-9_]+-\d+} once upper-cased, and not the entry's own.</li>
 * </ul>
 * Whether the owner exists and whether the depended-on issue exists and is visible are checked by the adapter.
 */
public record RaidEntryDraft(Map<String, Object> fields) {

    /** The prefix of every message key this validation answers with. */
    public static final String ERROR = "pmo.raid.error.";
    /** Jira's limit on a summary, in characters. */
    public static final int MAX_SUMMARY_LENGTH = 255;
    /** Jira's limit on a text field, in characters; a longer plan is refused, never truncated. */
    public static final int MAX_RESPONSE_PLAN_LENGTH = 32_767;
    /** The longest user key accepted; Jira's user keys are at most 255 characters. */
    public static final int MAX_OWNER_LENGTH = 255;
    /** The form of every date, as people read it in a message. */
    public static final String DATE_FORM = "yyyy-MM-dd";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public RaidEntryDraft {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A draft of the given members; a convenience for callers that build one in code. */
    public static RaidEntryDraft of(Map<String, ?> fields) {
        return new RaidEntryDraft(new LinkedHashMap<>(fields));
    }

    /**
     * The entry to create: every field written, those not given empty.
     *
     * @throws InvalidRequestException listing every problem
     */
    public RaidEntryChange validateCreate(RiskMatrix matrix) {
        return validate(null, matrix);
    }

    /**
     * A change of an existing entry: only the given fields change. The type rules and date ranges are checked on
     * the entry as it will be after the change. A draft that gives no field is a valid change of nothing.
     *
     * @throws InvalidRequestException listing every problem
     */
    public RaidEntryChange validateUpdate(RaidEntry current, RiskMatrix matrix) {
        return validate(Objects.requireNonNull(current, "current"), matrix);
    }

    private RaidEntryChange validate(RaidEntry current, RiskMatrix matrix) {
        boolean creating = current == null;
        List<FieldError> errors = new ArrayList<>();
        fields.keySet().stream().filter(name -> RaidField.ofJsonName(name).isEmpty()).forEach(
                name -> errors.add(FieldError.of(name, ERROR + "field.unknown", name)));
        Set<RaidField> changed = creating ? EnumSet.allOf(RaidField.class) : EnumSet.noneOf(RaidField.class);
        for (RaidField field : RaidField.values()) {
            if (fields.containsKey(field.jsonName())) {
                changed.add(field);
            }
        }
        Parsed p = new Parsed(errors);

        String summary = p.summary(value(RaidField.SUMMARY), creating || given(RaidField.SUMMARY));
        RaidType type = p.type(value(RaidField.TYPE), creating || given(RaidField.TYPE));
        Integer probability = p.rating(RaidField.PROBABILITY, value(RaidField.PROBABILITY), matrix.size().value());
        Integer impact = p.rating(RaidField.IMPACT, value(RaidField.IMPACT), matrix.size().value());
        String owner = p.owner(value(RaidField.OWNER));
        RoamStatus roam = p.roam(value(RaidField.ROAM));
        String plan = p.responsePlan(value(RaidField.RESPONSE_PLAN));
        LocalDate proximity = p.date(RaidField.PROXIMITY, value(RaidField.PROXIMITY));
        LocalDate reviewDate = p.date(RaidField.REVIEW_DATE, value(RaidField.REVIEW_DATE));
        LocalDate validateBy = p.date(RaidField.VALIDATE_BY, value(RaidField.VALIDATE_BY));
        String dependsOn = p.dependsOn(value(RaidField.DEPENDS_ON), creating ? null : current.issueKey());
        LocalDate needBy = p.date(RaidField.NEED_BY, value(RaidField.NEED_BY));

        boolean typeKnown = !p.failed(RaidField.TYPE);
        RaidType resultingType = changed.contains(RaidField.TYPE) ? type : current.type();
        if (typeKnown && resultingType != null) {
            onlyFor(RaidType.ASSUMPTION, resultingType, RaidField.VALIDATE_BY,
                    after(RaidField.VALIDATE_BY, validateBy, current == null ? null : current.validateBy()), p);
            onlyFor(RaidType.DEPENDENCY, resultingType, RaidField.DEPENDS_ON,
                    after(RaidField.DEPENDS_ON, dependsOn, current == null ? null : current.dependsOnIssueKey()), p);
            onlyFor(RaidType.DEPENDENCY, resultingType, RaidField.NEED_BY,
                    after(RaidField.NEED_BY, needBy, current == null ? null : current.needBy()), p);
        }
        if (!p.failed(RaidField.NEED_BY) && !p.failed(RaidField.PROXIMITY)) {
            LocalDate resultingNeedBy = after(RaidField.NEED_BY, needBy, current == null ? null : current.needBy());
            LocalDate resultingProximity = after(RaidField.PROXIMITY, proximity,
                    current == null ? null : current.proximity());
            if (resultingNeedBy != null && resultingProximity != null && resultingNeedBy.isAfter(resultingProximity)) {
                String field = given(RaidField.NEED_BY) || !given(RaidField.PROXIMITY)
                        ? RaidField.NEED_BY.jsonName() : RaidField.PROXIMITY.jsonName();
                errors.add(FieldError.of(field, ERROR + "needby.afterproximity", resultingNeedBy.toString(),
                        resultingProximity.toString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new RaidEntryChange(changed, summary, type, probability, impact, owner, roam, plan, proximity,
                reviewDate, validateBy, dependsOn, needBy);
    }

    /**
     * One field's value as typed into a form field, such as a Jira screen's RAID field: the same rules as a request
     * body, one field alone (the rules across fields, such as which type a field belongs to, need the whole entry).
     * Blank text is an empty value.
     *
     * @param ratingScale the largest rating accepted: the project's matrix size where the project is known
     */
    public static FieldValue checkValue(RaidField field, String text, int ratingScale) {
        if (text == null || text.isBlank()) {
            return new FieldValue(null, null);
        }
        List<FieldError> errors = new ArrayList<>();
        Parsed p = new Parsed(errors);
        Object value = switch (field) {
            case SUMMARY -> p.summary(text, true);
            case TYPE -> p.type(text, true);
            case PROBABILITY, IMPACT -> p.rating(field, text.strip().matches("-?\\d{1,15}")
                    ? Long.valueOf(text.strip()) : text, ratingScale);
            case OWNER -> p.owner(text);
            case ROAM -> p.roam(text);
            case RESPONSE_PLAN -> p.responsePlan(text);
            case PROXIMITY, REVIEW_DATE, VALIDATE_BY, NEED_BY -> p.date(field, text);
            case DEPENDS_ON -> p.dependsOn(text, null);
        };
        return new FieldValue(errors.isEmpty() ? value : null, errors.isEmpty() ? null : errors.get(0));
    }

    /** A checked form value: the typed value (null when empty or invalid), or the first error. */
    public record FieldValue(Object value, FieldError error) {
        public boolean isValid() {
            return error == null;
        }
    }

    private boolean given(RaidField field) {
        return fields.containsKey(field.jsonName());
    }

    private Object value(RaidField field) {
        return fields.get(field.jsonName());
    }

    /** The value the entry holds after the change: the given one, else the current one. */
    private <T> T after(RaidField field, T given, T current) {
        return given(field) ? given : current;
    }

    private static void onlyFor(RaidType owner, RaidType type, RaidField field, Object resulting, Parsed p) {
        if (resulting != null && type != owner && !p.failed(field)) {
            p.error(field, "field.notfortype", field.jsonName(), type.name(), owner.name());
        }
    }

    /** Parses one field at a time, remembering which fields failed. */
    private static final class Parsed {
        private final List<FieldError> errors;
        private final Set<RaidField> failed = EnumSet.noneOf(RaidField.class);

        Parsed(List<FieldError> errors) {
            this.errors = errors;
        }

        boolean failed(RaidField field) {
            return failed.contains(field);
        }

        void error(RaidField field, String key, Object... arguments) {
            failed.add(field);
            errors.add(FieldError.of(field.jsonName(), ERROR + key, arguments));
        }

        String summary(Object raw, boolean required) {
            if (raw == null || raw instanceof String s && s.isBlank()) {
                if (required) {
                    error(RaidField.SUMMARY, "summary.required", MAX_SUMMARY_LENGTH);
                }
                return null;
            }
            String text = text(RaidField.SUMMARY, raw);
            if (text == null) {
                return null;
            }
            boolean ok = true;
            if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
                error(RaidField.SUMMARY, "summary.control");
                ok = false;
            }
            String summary = text.strip();
            if (summary.length() > MAX_SUMMARY_LENGTH) {
                error(RaidField.SUMMARY, "summary.toolong", MAX_SUMMARY_LENGTH, summary.length());
                ok = false;
            }
            return ok ? summary : null;
        }

        RaidType type(Object raw, boolean required) {
            if (raw == null || raw instanceof String s && s.isBlank()) {
                if (required) {
                    error(RaidField.TYPE, "type.required", allowed(RaidType.values()));
                }
                return null;
            }
            String text = text(RaidField.TYPE, raw);
            if (text == null) {
                return null;
            }
            return RaidType.parse(text).orElseGet(() -> {
                error(RaidField.TYPE, "type.unknown", text);
                return null;
            });
        }

        Integer rating(RaidField field, Object raw, int max) {
            if (raw == null) {
                return null;
            }
            Long whole = wholeNumber(raw);
            if (whole == null) {
                error(field, "rating.whole", 1, max, String.valueOf(raw));
                return null;
            }
            if (whole < 1 || whole > max) {
                error(field, "rating.range", 1, max, whole);
                return null;
            }
            return whole.intValue();
        }

        String owner(Object raw) {
            if (raw == null) {
                return null;
            }
            String text = text(RaidField.OWNER, raw);
            if (text == null) {
                return null;
            }
            if (text.isBlank()) {
                error(RaidField.OWNER, "owner.blank");
                return null;
            }
            String key = text.strip();
            if (key.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)
                    || key.length() > MAX_OWNER_LENGTH) {
                error(RaidField.OWNER, "owner.format", MAX_OWNER_LENGTH);
                return null;
            }
            return key;
        }

        RoamStatus roam(Object raw) {
            if (raw == null) {
                return null;
            }
            String text = text(RaidField.ROAM, raw);
            if (text == null) {
                return null;
            }
            return RoamStatus.parse(text).orElseGet(() -> {
                error(RaidField.ROAM, "roam.unknown", text, allowed(RoamStatus.values()));
                return null;
            });
        }

        String responsePlan(Object raw) {
            if (raw == null) {
                return null;
            }
            String plan = text(RaidField.RESPONSE_PLAN, raw);
            if (plan == null || plan.isBlank()) {
                return null;
            }
            boolean ok = true;
            if (plan.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                    && c != '\n' && c != '\r' && c != '\t')) {
                error(RaidField.RESPONSE_PLAN, "responseplan.control");
                ok = false;
            }
            if (plan.length() > MAX_RESPONSE_PLAN_LENGTH) {
                error(RaidField.RESPONSE_PLAN, "responseplan.toolong", MAX_RESPONSE_PLAN_LENGTH, plan.length());
                ok = false;
            }
            return ok ? plan : null;
        }

        LocalDate date(RaidField field, Object raw) {
            if (raw == null) {
                return null;
            }
            if (raw instanceof String text && DATE.matcher(text.strip()).matches()) {
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeException e) {
                    // falls through to the error below: 2025-02-30 has the form but is no date
                }
            }
            error(field, "date.format", DATE_FORM, String.valueOf(raw));
            return null;
        }

        String dependsOn(Object raw, String ownKey) {
            if (raw == null) {
                return null;
            }
            String text = text(RaidField.DEPENDS_ON, raw);
            if (text == null) {
                return null;
            }
            String key = IssueKeys.normalised(text);
            if (!IssueKeys.isWellFormed(key)) {
                error(RaidField.DEPENDS_ON, "dependson.format", text);
                return null;
            }
            if (key.equals(ownKey)) {
                error(RaidField.DEPENDS_ON, "dependson.self", key);
                return null;
            }
            return key;
        }

        private String text(RaidField field, Object raw) {
            if (raw instanceof String text) {
                return text;
            }
            error(field, "field.nottext", field.jsonName());
            return null;
        }

        private static Long wholeNumber(Object raw) {
            if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
                return ((Number) raw).longValue();
            }
            try {
                if (raw instanceof BigInteger big) {
                    return big.longValueExact();
                }
                if (raw instanceof BigDecimal decimal) {
                    return decimal.stripTrailingZeros().longValueExact();
                }
                if (raw instanceof Double || raw instanceof Float) {
                    double d = ((Number) raw).doubleValue();
                    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (long) d : null;
                }
            } catch (ArithmeticException e) {
                return null;
            }
            return null;
        }

        private static String allowed(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        }
    }
}
