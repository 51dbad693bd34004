package org.pmosuite.jira.portfolio;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.Forcing;
import org.pmosuite.core.portfolio.IntakeDraft;
import org.pmosuite.core.portfolio.IntakeService;
import org.pmosuite.core.portfolio.PortfolioNotFoundException;
import org.pmosuite.core.portfolio.PortfolioDraft;
import org.pmosuite.core.portfolio.RankMove;
import org.pmosuite.core.portfolio.scoring.ScoringConfigurationDraft;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/**
 * Reads the portfolio API's request bodies. A member of the wrong JSON type is a 400 naming it, collected with
 * every other problem of the body; unknown members are refused, so that nothing typed is silently dropped.
 */
final class PortfolioRequests {

    /** The members of a portfolio's JSON; those a write cannot change are ignored. */
    private static Set<String> portfolioMembers() {
        return Set.of("id", "name", "description", "scope", "scoring", "capacity", "owners", "intakeProject",
                "version", "rankVersion", "mayChange", "updatedBy", "updatedAt");
    }

    private final Map<String, Object> body;
    private final List<FieldError> errors = new ArrayList<>();

    private PortfolioRequests(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(FieldError.of("body", "pmo.portfolio.error.body")));
        }
        this.body = body;
    }

    static PortfolioDraft portfolio(Map<String, Object> body) {
        PortfolioRequests request = new PortfolioRequests(body);
        request.refuseUnknown(body, "", portfolioMembers());
        Map<String, Object> scope = request.object(body, "scope");
        Map<String, Object> scoring = request.object(body, "scoring");
        Map<String, Object> capacity = request.object(body, "capacity");
        request.refuseUnknown(scope, "scope.", Set.of("projects", "issueTypes", "jql"));
        request.refuseUnknown(scoring, "scoring.", Set.of("model", "modelName", "formula", "criteria", "caps"));
        request.refuseUnknown(capacity, "capacity.", Set.of("unit", "unitName", "amount", "period"));
        ScoringConfigurationDraft scoringDraft = scoring == null ? null : new ScoringConfigurationDraft(
                request.string(scoring, "model", "scoring.model"), request.criteria(scoring),
                request.caps(scoring));
        PortfolioDraft draft = new PortfolioDraft(request.string(body, "name", "name"),
                request.string(body, "description", "description"),
                scope == null ? null : request.strings(scope, "projects", "scope.projects"),
                scope == null ? null : request.strings(scope, "issueTypes", "scope.issueTypes"),
                scope == null ? null : request.string(scope, "jql", "scope.jql"), scoringDraft,
                capacity == null ? null : request.string(capacity, "unit", "capacity.unit"),
                capacity == null ? null : request.number(capacity, "amount", "capacity.amount"),
                capacity == null ? null : request.string(capacity, "period", "capacity.period"),
                request.strings(body, "owners", "owners"), request.string(body, "intakeProject", "intakeProject"));
        request.done();
        return draft;
    }

    /** The id in a path: anything but a positive whole number names nothing there is (404, like a missing one). */
    static long pathId(String text, String what) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new PortfolioNotFoundException(what + " " + text);
    }

    /** The constant of the enum whose name the text is, ignoring case and blanks around it; null when none is. */
    static <E extends Enum<E>> E named(Class<E> type, String text) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return candidate;
            }
        }
        return null;
    }

    /** A query parameter that must be a whole number, 0 or more; anything else is a 400 naming it. */
    static long wholeNumber(String name, String text) {
        try {
            long value = Long.parseLong(text == null ? "" : text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(List.of(FieldError.of(name, "pmo.portfolio.error.whole-number",
                text == null ? "" : text)));
    }

    /** The {@code version} member a change is based on. */
    static long version(Map<String, Object> body, String member) {
        PortfolioRequests request = new PortfolioRequests(body);
        Double version = request.number(body, member, member);
        if (version == null && request.errors.isEmpty()) {
            request.errors.add(FieldError.of(member, "pmo.portfolio.error.version.required"));
        } else if (version != null && (version < 0 || version != Math.rint(version))) {
            request.errors.add(FieldError.of(member, "pmo.portfolio.error.version.required"));
        }
        request.done();
        return version.longValue();
    }

    static RankMove move(Map<String, Object> body) {
        PortfolioRequests request = new PortfolioRequests(body);
        request.refuseUnknown(body, "", Set.of("issueKey", "above", "below", "reason", "rankVersion"));
        String issueKey = request.string(body, "issueKey", "issueKey");
        if (request.errors.isEmpty() && (issueKey == null || issueKey.isBlank())) {
            request.errors.add(FieldError.of("issueKey", "pmo.portfolio.error.initiative.required"));
        }
        RankMove move = new RankMove(issueKey, request.string(body, "above", "above"),
                request.string(body, "below", "below"), request.string(body, "reason", "reason"),
                request.wholeNumber(body, "rankVersion"));
        request.done();
        return move;
    }

    /** A forcing change: {@code forcing} (IN, OUT or NONE), {@code reason} and {@code rankVersion}. */
    static ForcingChange forcing(Map<String, Object> body) {
        PortfolioRequests request = new PortfolioRequests(body);
        request.refuseUnknown(body, "", Set.of("forcing", "reason", "rankVersion"));
        String text = request.string(body, "forcing", "forcing");
        Forcing forcing = named(Forcing.class, text);
        if (forcing == null) {
            request.errors.add(FieldError.of("forcing", "pmo.portfolio.error.forcing", text == null ? "" : text));
        }
        ForcingChange change = new ForcingChange(forcing, request.string(body, "reason", "reason"),
                request.wholeNumber(body, "rankVersion"));
        request.done();
        return change;
    }

    record ForcingChange(Forcing forcing, String reason, long rankVersion) {
    }

    /** Inline edit: {@code {"values": {"jobSize": 5, ...}, "cleared": ["reach"]}} by input field names. */
    static InputChange inputs(Map<String, Object> body) {
        PortfolioRequests request = new PortfolioRequests(body);
        request.refuseUnknown(body, "", Set.of("values", "cleared"));
        Map<ScoringInput, Double> values = request.inputValues(request.object(body, "values"), "");
        Set<ScoringInput> cleared = EnumSet.noneOf(ScoringInput.class);
        List<String> clearedNames = request.strings(body, "cleared", "cleared");
        if (clearedNames != null) {
            for (String name : clearedNames) {
                ScoringInput.parse(name).ifPresentOrElse(cleared::add, () -> request.errors.add(
                        FieldError.of("cleared", "pmo.portfolio.error.input.unknown", String.valueOf(name))));
            }
        }
        request.done();
        return new InputChange(values, cleared);
    }

    record InputChange(Map<ScoringInput, Double> values, Set<ScoringInput> cleared) {
    }

    /**
     * Scoring input values by their field names ({@code {"jobSize": 5}}); each refusal is reported under the
     * prefix and the name, such as {@code inputs.jobSize}.
     */
    private Map<ScoringInput, Double> inputValues(Map<String, Object> given, String prefix) {
        Map<ScoringInput, Double> values = new EnumMap<>(ScoringInput.class);
        if (given != null) {
            given.forEach((name, value) -> {
                ScoringInput input = ScoringInput.parse(name).orElse(null);
                if (input == null) {
                    errors.add(FieldError.of(prefix + name, "pmo.portfolio.error.input.unknown", name));
                } else if (value == null) {
                    errors.add(FieldError.of(prefix + name, "pmo.portfolio.error.input.null"));
                } else if (value instanceof Number number) {
                    values.put(input, number.doubleValue());
                } else {
                    errors.add(FieldError.of(prefix + name, "pmo.portfolio.error.number", String.valueOf(value)));
                }
            });
        }
        return values;
    }

    /** An intake request: {@code title}, {@code businessCase}, {@code sponsor} and {@code inputs} by field name. */
    static IntakeDraft intake(Map<String, Object> body) {
        PortfolioRequests request = new PortfolioRequests(body);
        request.refuseUnknown(body, "", Set.of("title", "businessCase", "sponsor", "inputs"));
        IntakeDraft draft = new IntakeDraft(request.string(body, "title", "title"),
                request.string(body, "businessCase", "businessCase"), request.string(body, "sponsor", "sponsor"),
                request.inputValues(request.object(body, "inputs"), ""));
        request.done();
        return draft;
    }

    /** A PMO lead's decision: {@code decision} (ACCEPT, REJECT or REQUEST_INFO), {@code reason}, {@code version}. */
    static Decision decision(Map<String, Object> body) {
        PortfolioRequests request = new PortfolioRequests(body);
        request.refuseUnknown(body, "", Set.of("decision", "reason", "version"));
        String text = request.string(body, "decision", "decision");
        IntakeService.Verdict verdict = named(IntakeService.Verdict.class, text);
        if (verdict == null && request.errors.stream().noneMatch(error -> error.field().equals("decision"))) {
            request.errors.add(FieldError.of("decision", "pmo.portfolio.intake.error.decision"));
        }
        Decision decision = new Decision(verdict, request.string(body, "reason", "reason"),
                request.wholeNumber(body, "version"));
        request.done();
        return decision;
    }

    record Decision(IntakeService.Verdict verdict, String reason, long version) {
    }

    /** The requester's answer: {@code information} and {@code version}. */
    static Answer answer(Map<String, Object> body) {
        PortfolioRequests request = new PortfolioRequests(body);
        request.refuseUnknown(body, "", Set.of("information", "version"));
        Answer answer = new Answer(request.string(body, "information", "information"),
                request.wholeNumber(body, "version"));
        request.done();
        return answer;
    }

    record Answer(String information, long version) {
    }

    private List<ScoringConfigurationDraft.CriterionDraft> criteria(Map<String, Object> scoring) {
        Object value = scoring.get("criteria");
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            errors.add(FieldError.of("scoring.criteria", "pmo.portfolio.error.list"));
            return null;
        }
        List<ScoringConfigurationDraft.CriterionDraft> criteria = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "scoring.criteria[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                errors.add(FieldError.of(field, "pmo.portfolio.error.object"));
                continue;
            }
            Map<String, Object> criterion = new LinkedHashMap<>();
            raw.forEach((k, v) -> criterion.put(String.valueOf(k), v));
            refuseUnknown(criterion, field + ".", Set.of("id", "input", "weight", "direction"));
            criteria.add(new ScoringConfigurationDraft.CriterionDraft(string(criterion, "id", field + ".id"),
                    string(criterion, "input", field + ".input"), number(criterion, "weight", field + ".weight"),
                    string(criterion, "direction", field + ".direction")));
        }
        return criteria;
    }

    private Map<String, Double> caps(Map<String, Object> scoring) {
        Map<String, Object> caps = object(scoring, "caps");
        if (caps == null) {
            return null;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        caps.forEach((category, value) -> values.put(category, number(caps, category, "scoring.caps." + category)));
        return values;
    }

    private void refuseUnknown(Map<String, Object> object, String prefix, Set<String> known) {
        if (object == null) {
            return;
        }
        for (String member : object.keySet()) {
            if (!known.contains(member)) {
                errors.add(FieldError.of(prefix + member, "pmo.portfolio.error.member.unknown", member));
            }
        }
    }

    private Map<String, Object> object(Map<String, Object> parent, String member) {
        Object value = parent.get(member);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> raw)) {
            errors.add(FieldError.of(member, "pmo.portfolio.error.object"));
            return null;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        raw.forEach((k, v) -> object.put(String.valueOf(k), v));
        return object;
    }

    private String string(Map<String, Object> object, String member, String field) {
        Object value = object.get(member);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        errors.add(FieldError.of(field, "pmo.portfolio.error.text"));
        return null;
    }

    private Double number(Map<String, Object> object, String member, String field) {
        Object value = object.get(member);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        errors.add(FieldError.of(field, "pmo.portfolio.error.number", String.valueOf(value)));
        return null;
    }

    private long wholeNumber(Map<String, Object> object, String member) {
        Double value = number(object, member, member);
        if (value == null || value < 0 || value != Math.rint(value)) {
            if (errors.stream().noneMatch(error -> error.field().equals(member))) {
                errors.add(FieldError.of(member, "pmo.portfolio.error.version.required"));
            }
            return -1;
        }
        return value.longValue();
    }

    private List<String> strings(Map<String, Object> object, String member, String field) {
        Object value = object.get(member);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            errors.add(FieldError.of(field, "pmo.portfolio.error.list"));
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof String text) {
                strings.add(text);
            } else {
                errors.add(FieldError.of(field, "pmo.portfolio.error.text"));
                return null;
            }
        }
        return strings;
    }

    private void done() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
