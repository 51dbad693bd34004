package org.pmosuite.core.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.IssueKeys;
import org.pmosuite.core.portfolio.InitiativeSourceContract.Fixture;
import org.pmosuite.core.portfolio.InitiativeSourceContract.StoredIssue;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * A fake {@link InitiativeSource} for domain tests, filtering in Java; it passes {@link InitiativeSourceContract}.
 * The fixture's permissions hold for every actor. Its JQL is the least every adapter runs: {@code status = "X"} and
 * {@code status in ("X", "Y")}, joined by {@code AND}. Thread-safe.
 */
public final class InMemoryInitiativeSource implements InitiativeSource {

    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)\\s*status\\s*(?:=\\s*(\"[^\"]*\"|[\\w.-]+)|in\\s*\\(\\s*((?:\"[^\"]*\"|[\\w.-]+)"
                    + "(?:\\s*,\\s*(?:\"[^\"]*\"|[\\w.-]+))*)\\s*\\))\\s*");
    private static final Pattern VALUE = Pattern.compile("\"([^\"]*)\"|([\\w.-]+)");

    private final Fixture fixture;
    /** The issues by id, as currently stored. */
    private final TreeMap<Long, StoredIssue> issues = new TreeMap<>();

    public InMemoryInitiativeSource(Fixture fixture) {
        this.fixture = fixture;
        fixture.issues().forEach(issue -> issues.put(issue.initiative().issueId(), issue));
    }

    /** Every issue visible and editable; the host knows exactly the issue types they use. */
    public InMemoryInitiativeSource(List<StoredIssue> issues) {
        this(new Fixture(issues, issues.stream().map(StoredIssue::issueType).collect(
                java.util.stream.Collectors.toSet()), Set.of(), Set.of(), Set.of()));
    }

    @Override
    public synchronized List<Initiative> page(Actor actor, PortfolioScope scope, long afterIssueId, int max) {
        if (max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("max must be 1 to " + MAX_PAGE + ": " + max);
        }
        Predicate<StoredIssue> matches = matcher(actor, scope);
        return issues.tailMap(afterIssueId, false).values().stream().filter(matches).limit(max)
                .map(StoredIssue::initiative).toList();
    }

    @Override
    public synchronized Optional<Initiative> find(Actor actor, PortfolioScope scope, String issueKey) {
        Predicate<StoredIssue> matches = matcher(actor, scope);
        return stored(issueKey).filter(matches).map(StoredIssue::initiative);
    }

    @Override
    public List<FieldError> checkScope(Actor actor, PortfolioScope scope) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(scope.issueTypes());
        unknown.removeAll(fixture.issueTypes());
        if (!unknown.isEmpty()) {
            errors.add(FieldError.of(InitiativeSourceContract.ISSUE_TYPES_FIELD, "pmo.portfolio.scope.error.issue-type",
                    String.join(", ", unknown)));
        }
        if (scope.jql() != null && statuses(scope.jql()) == null) {
            errors.add(FieldError.of(InitiativeSourceContract.JQL_FIELD, "pmo.portfolio.scope.error.jql",
                    scope.jql()));
        }
        return errors;
    }

    @Override
    public synchronized Initiative updateInputs(Actor actor, PortfolioScope scope, String issueKey,
            ScoringInputs values, Set<ScoringInput> cleared) {
        for (ScoringInput input : cleared) {
            if (values.has(input)) {
                throw new IllegalArgumentException(input + " is both written and cleared");
            }
        }
        StoredIssue issue = stored(issueKey).filter(matcher(actor, scope))
                .orElseThrow(() -> new InitiativeNotFoundException(issueKey));
        Initiative current = issue.initiative();
        if (fixture.readOnlyProjects().contains(current.project().key())) {
            throw new InitiativeNotEditableException(current.issueKey());
        }
        List<FieldError> errors = values.errors();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ScoringInputs inputs = current.inputs();
        for (ScoringInput input : ScoringInput.values()) {
            if (values.has(input)) {
                inputs = inputs.with(input, values.get(input).getAsDouble());
            } else if (cleared.contains(input)) {
                inputs = inputs.without(input);
            }
        }
        Initiative written = new Initiative(current.issueId(), current.issueKey(), current.project(),
                current.title(), current.status(), current.statusCategory(), current.theme(), current.ownerKey(),
                current.ownerName(), inputs, current.estimates());
        issues.put(written.issueId(), new StoredIssue(issue.issueType(), written));
        return written;
    }

    private Optional<StoredIssue> stored(String issueKey) {
        String key = IssueKeys.normalised(issueKey);
        return issues.values().stream().filter(issue -> issue.initiative().issueKey().equals(key)).findFirst();
    }

    /** Whether an issue is in the scope and visible; throws for a scope {@link #checkScope} rejects. */
    private Predicate<StoredIssue> matcher(Actor actor, PortfolioScope scope) {
        List<FieldError> errors = checkScope(actor, scope);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<Set<String>> statuses = scope.jql() == null ? List.of() : statuses(scope.jql());
        return issue -> {
            Initiative initiative = issue.initiative();
            return scope.projectKeys().contains(initiative.project().key())
                    && scope.issueTypes().contains(issue.issueType())
                    && !fixture.unbrowsableProjects().contains(initiative.project().key())
                    && !fixture.hiddenIssueKeys().contains(initiative.issueKey())
                    && statuses.stream().allMatch(names -> names.contains(
                            initiative.status().toLowerCase(Locale.ROOT)));
        };
    }

    /** The status names (lower case) each clause allows, or null for a filter outside the fake's JQL. */
    private static List<Set<String>> statuses(String jql) {
        List<Set<String>> clauses = new ArrayList<>();
        for (String clause : jql.split("(?i)\\sAND\\s", -1)) {
            Matcher matcher = CLAUSE.matcher(clause);
            if (!matcher.matches()) {
                return null;
            }
            Set<String> names = new LinkedHashSet<>();
            Matcher value = VALUE.matcher(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            while (value.find()) {
                names.add((value.group(1) != null ? value.group(1) : value.group(2)).toLowerCase(Locale.ROOT));
            }
            clauses.add(names);
        }
        return clauses;
    }

    /** The stored issues by id, for a test's assertions. */
    public synchronized List<Initiative> all() {
        return issues.values().stream().map(StoredIssue::initiative)
                .sorted(Comparator.comparingLong(Initiative::issueId)).toList();
    }
}
