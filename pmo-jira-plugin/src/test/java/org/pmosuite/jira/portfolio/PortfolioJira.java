package org.pmosuite.jira.portfolio;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.jira.portfolio.field.ScoringFieldTypes;

/**
 * A Jira of mocks for {@link JiraInitiativeSource}, over a list of issues. Its search evaluates exactly the JQL the
 * adapter writes, with Jira's meaning of each clause: {@code project}, {@code issuetype} (ignoring case),
 * {@code issuekey}, and {@code id > N}, which in Jira resolves issue N (the searcher must see it) and means "in N's
 * project, with a greater issue number", since {@code id} is one of the names of the issue key clause; then
 * {@code ORDER BY key ASC} (project key, then issue number). A scope filter is text the fake was told the meaning of
 * ({@link #filter}); a clause it does not know fails the test. Every search answers only issues the user may see, as
 * Jira's permission and issue security filter does, and is recorded with its page.
 *
 * <p>The stub's project permission keys are null (they are Jira's at run time), so the permission answer cannot tell
 * Browse from Edit: it is {@code visible && editable} of the issue.
 */
final class PortfolioJira {

    /** The scoring inputs' fields have ids {@code 10200 + ordinal}. */
    static final long FIRST_INPUT_FIELD = 10200L;
    static final long PERSON_DAYS_FIELD = 10300L;
    static final long BUDGET_FIELD = 10301L;
    static final long STORY_POINTS_FIELD = 10400L;

    private static final Pattern TOKEN = Pattern.compile("\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[(),=>]|[A-Za-z]+|\\d+)");

    record Search(String jql, int start, int max) {
    }

    /** An issue as the fake stores it; its mock answers from these fields. */
    final class Stored {
        final long id;
        String project;
        int number;
        String type;
        boolean visible = true;
        boolean editable = true;
        String status = "To Do";
        String statusCategory = "new";
        ApplicationUser assignee;
        List<String> labels = List.of();
        List<String> components = List.of();
        final Map<Long, Object> values = new HashMap<>();
        final MutableIssue issue;

        Stored(long id, String project, int number, String type) {
            this.id = id;
            this.project = project;
            this.number = number;
            this.type = type;
            this.issue = mock(MutableIssue.class, invocation -> switch (invocation.getMethod().getName()) {
                case "getId" -> this.id;
                case "getKey" -> key();
                case "getSummary" -> "Initiative " + key();
                case "getProjectObject" -> project(this.project);
                case "getStatus" -> status(status, statusCategory);
                case "getAssignee" -> assignee;
                case "getLabels" -> labels(labels);
                case "getComponents" -> components(components);
                case "getCustomFieldValue" -> values.get(((CustomField) invocation.getArgument(0)).getIdAsLong());
                case "toString" -> key();
                case "hashCode" -> System.identityHashCode(invocation.getMock());
                case "equals" -> invocation.getMock() == invocation.getArgument(0);
                default -> null;
            });
        }

        String key() {
            return project + "-" + number;
        }

        Stored value(ScoringInput input, Object value) {
            values.put(FIRST_INPUT_FIELD + input.ordinal(), value);
            return this;
        }
    }

    final SearchService searchService = mock(SearchService.class);
    final IssueService issueService = mock(IssueService.class);
    final IssueManager issueManager = mock(IssueManager.class);
    final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final UserManager users = mock(UserManager.class);
    final ApplicationUser user = mock(ApplicationUser.class);

    final List<Stored> issues = new ArrayList<>();
    final List<Search> searches = new ArrayList<>();
    /** Every text given to parseQuery, in order. */
    final List<String> parsed = new ArrayList<>();
    final Map<Long, CustomField> fields = new LinkedHashMap<>();

    private final Map<String, Predicate<Stored>> filters = new LinkedHashMap<>();
    private final Map<String, List<String>> validationMessages = new HashMap<>();
    private final Map<Query, String> jqlOfQuery = new HashMap<>();
    private final Map<String, Project> projects = new HashMap<>();
    private final Map<String, Status> statuses = new HashMap<>();
    /** The parameters of the last update the adapter built, by custom field id; "" clears. */
    final Map<Long, String> written = new LinkedHashMap<>();
    final List<String> retained = new ArrayList<>();

    PortfolioJira(String userKey) {
        when(users.getUserByKey(userKey)).thenReturn(user);
        when(user.getKey()).thenReturn(userKey);
        // Decoys first, with lower ids: a text field named Story Points, and a number field of Jira's own type.
        field(10050L, "Story Points", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        field(10051L, "Business value", ScoringFieldTypes.JIRA_NUMBER_TYPE);
        for (ScoringInput input : ScoringInput.values()) {
            field(FIRST_INPUT_FIELD + input.ordinal(), input.name(), ScoringFieldTypes.typeKey(input));
        }
        field(PERSON_DAYS_FIELD, "Person-days", ScoringFieldTypes.typeKey(ScoringFieldTypes.PERSON_DAYS));
        field(BUDGET_FIELD, "Budget", ScoringFieldTypes.typeKey(ScoringFieldTypes.BUDGET));
        field(STORY_POINTS_FIELD, "Story Points", ScoringFieldTypes.JIRA_NUMBER_TYPE);
        // A second field of a scoring type, newer: the oldest counts.
        field(10500L, "Business value (copy)", ScoringFieldTypes.typeKey(ScoringInput.BUSINESS_VALUE));
        when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(fields.values()));
        when(customFields.getCustomFieldObjectsByName(anyString())).thenAnswer(call -> fields.values().stream()
                .filter(field -> field.getName().equals(call.getArgument(0))).toList());

        List<IssueType> types = new ArrayList<>();
        for (String name : List.of("Epic", "Initiative", "Story")) {
            IssueType type = mock(IssueType.class);
            when(type.getName()).thenReturn(name);
            when(type.getId()).thenReturn(Integer.toString(10000 + types.size()));
            types.add(type);
        }
        when(issueTypes.getIssueTypes()).thenReturn(types);

        when(searchService.parseQuery(eq(user), anyString())).thenAnswer(call -> parse(call.getArgument(1)));
        when(searchService.validateQuery(eq(user), any())).thenAnswer(call -> messages(
                validationMessages.getOrDefault(jqlOfQuery.get(call.<Query>getArgument(1)), List.of())));
        try {
            when(searchService.search(any(), any(), any())).thenAnswer(call -> {
                if (call.getArgument(0) != user) {
                    throw new AssertionError("searches run as the viewer");
                }
                String jql = jqlOfQuery.get(call.<Query>getArgument(1));
                PagerFilter<?> pager = call.getArgument(2);
                searches.add(new Search(jql, pager.getStart(), pager.getMax()));
                List<Issue> matching = new ArrayList<>(evaluate(jql).stream().map(stored -> (Issue) stored.issue)
                        .toList());
                int from = Math.min(pager.getStart(), matching.size());
                int to = Math.min(from + pager.getMax(), matching.size());
                return new SearchResults<>(matching.subList(from, to), matching.size());
            });
        } catch (SearchException e) {
            throw new IllegalStateException(e);
        }
        when(issueManager.getIssueObject(anyLong())).thenAnswer(call -> issues.stream()
                .filter(stored -> stored.id == call.<Long>getArgument(0)).map(stored -> stored.issue).findFirst()
                .orElse(null));
        when(issueManager.getIssueByCurrentKey(anyString())).thenAnswer(call -> issues.stream()
                .filter(stored -> stored.key().equals(call.getArgument(0))).map(stored -> stored.issue).findFirst()
                .orElse(null));
        when(issueService.newIssueInputParameters()).thenAnswer(call -> {
            written.clear();
            IssueInputParameters parameters = mock(IssueInputParameters.class);
            when(parameters.addCustomFieldValue(anyLong(), any(String[].class))).thenAnswer(add -> {
                String[] texts = (String[]) add.getRawArguments()[1];
                written.put(add.getArgument(0), String.join(",", texts));
                return parameters;
            });
            doAnswer(retain -> retained.add(retain.getArgument(0) + "," + retain.getArgument(1)))
                    .when(parameters).setRetainExistingValuesWhenParameterNotProvided(
                            anyBoolean(), anyBoolean());
            return parameters;
        });
        when(issueService.validateUpdate(eq(user), anyLong(), any())).thenAnswer(call -> new IssueService
                .UpdateValidationResult(issueManager.getIssueObject(call.getArgument(1)), noErrors()));
        when(issueService.update(eq(user), any())).thenAnswer(call -> {
            IssueService.UpdateValidationResult validation = call.getArgument(1);
            Stored stored = stored(validation.getIssue());
            written.forEach((field, text) -> {
                if (text.isEmpty()) {
                    stored.values.remove(field);
                } else {
                    stored.values.put(field, Double.parseDouble(text));
                }
            });
            return new IssueService.IssueResult(stored.issue, noErrors());
        });
        when(permissions.hasPermission(any(), any(Issue.class), eq(user))).thenAnswer(call -> {
            Stored stored = stored(call.getArgument(1));
            return stored.visible && stored.editable;
        });
    }

    Stored add(long id, String project, int number, String type) {
        Stored stored = new Stored(id, project, number, type);
        issues.add(stored);
        return stored;
    }

    Stored stored(Object issue) {
        return issues.stream().filter(stored -> stored.issue == issue).findFirst().orElseThrow();
    }

    /** What a scope filter the adapter may be given means; it parses alone as the user. */
    void filter(String jql, Predicate<Stored> meaning) {
        filters.put(jql, meaning);
    }

    /** The validator's messages for a text that parses. */
    void invalid(String jql, String... messages) {
        validationMessages.put(jql, List.of(messages));
    }

    void removeField(long id) {
        fields.remove(id);
    }

    ApplicationUser person(String key, String name) {
        ApplicationUser person = mock(ApplicationUser.class);
        when(person.getKey()).thenReturn(key);
        when(person.getDisplayName()).thenReturn(name);
        return person;
    }

    private void field(long id, String name, String typeKey) {
        CustomField field = mock(CustomField.class);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getIdAsLong()).thenReturn(id);
        when(field.getId()).thenReturn("customfield_" + id);
        when(field.getName()).thenReturn(name);
        doReturn(type).when(field).getCustomFieldType();
        fields.put(id, field);
    }

    /**
     * Jira's parser as far as the tests need it: parentheses (outside string literals) must balance and never close
     * one that is not open, and an ORDER BY cannot stand inside parentheses.
     */
    private SearchService.ParseResult parse(String jql) {
        parsed.add(jql);
        SearchService.ParseResult result = mock(SearchService.ParseResult.class);
        String error = syntaxError(jql);
        if (error != null) {
            doReturn(false).when(result).isValid();
            doReturn(messages(List.of(error))).when(result).getErrors();
            return result;
        }
        Query query = mock(Query.class, jql);
        jqlOfQuery.put(query, jql);
        doReturn(true).when(result).isValid();
        doReturn(query).when(result).getQuery();
        doReturn(messages(List.of())).when(result).getErrors();
        return result;
    }

    private static String syntaxError(String jql) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < jql.length(); i++) {
            char c = jql.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return "Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'. (line 1, character "
                        + (i + 1) + ")";
            } else if (!quoted && depth > 0 && jql.startsWith("ORDER BY", i)) {
                return "Error in the JQL Query: 'ORDER' is a reserved JQL word. (line 1, character " + (i + 1) + ")";
            }
        }
        return depth == 0 && !quoted ? null : "Error in the JQL Query: The quoted string or the parentheses are not"
                + " closed.";
    }

    static ErrorCollection noErrors() {
        return errors(Map.of(), List.of(), Set.of());
    }

    static ErrorCollection errors(Map<String, String> byField, List<String> messages,
            Set<ErrorCollection.Reason> reasons) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(byField);
        when(errors.getErrorMessages()).thenReturn(messages);
        when(errors.getReasons()).thenReturn(reasons);
        when(errors.hasAnyErrors()).thenReturn(!byField.isEmpty() || !messages.isEmpty());
        return errors;
    }

    private static MessageSet messages(List<String> messages) {
        MessageSet set = mock(MessageSet.class);
        when(set.getErrorMessages()).thenReturn(new LinkedHashSet<>(messages));
        return set;
    }

    private List<Stored> evaluate(String jql) {
        String where = jql;
        boolean byKey = false;
        int orderBy = jql.indexOf(" ORDER BY ");
        if (orderBy >= 0) {
            if (!jql.substring(orderBy).equals(" ORDER BY key ASC")) {
                throw new AssertionError("an order the fake does not know: " + jql);
            }
            where = jql.substring(0, orderBy);
            byKey = true;
        }
        Predicate<Stored> filter = stored -> true;
        for (Map.Entry<String, Predicate<Stored>> known : filters.entrySet()) {
            String clause = " AND (" + known.getKey() + ")";
            if (where.endsWith(clause)) {
                where = where.substring(0, where.length() - clause.length());
                filter = known.getValue();
                break;
            }
        }
        Predicate<Stored> matches = clauses(where).and(filter);
        List<Stored> found = new ArrayList<>(issues.stream().filter(stored -> stored.visible).filter(matches)
                .toList());
        if (byKey) {
            found.sort(Comparator.comparing((Stored stored) -> stored.project).thenComparingInt(s -> s.number));
        }
        return found;
    }

    /** A conjunction of {@code f = v}, {@code f in (v, ...)} and {@code id > N}. */
    private Predicate<Stored> clauses(String jql) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(jql);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            tokens.add(matcher.group(1));
            end = matcher.end();
        }
        if (end != jql.length()) {
            throw new AssertionError("JQL the fake cannot read at " + end + ": " + jql);
        }
        Predicate<Stored> all = stored -> true;
        int i = 0;
        while (i < tokens.size()) {
            String field = tokens.get(i++);
            String operator = tokens.get(i++);
            List<String> values = new ArrayList<>();
            if (operator.equals("in")) {
                expect(tokens.get(i++), "(");
                while (!tokens.get(i).equals(")")) {
                    values.add(literal(tokens.get(i++)));
                    if (tokens.get(i).equals(",")) {
                        i++;
                    }
                }
                i++;
            } else {
                values.add(literal(tokens.get(i++)));
            }
            all = all.and(clause(field, operator, values, jql));
            if (i < tokens.size()) {
                expect(tokens.get(i++), "AND");
            }
        }
        return all;
    }

    private Predicate<Stored> clause(String field, String operator, List<String> values, String jql) {
        switch (field + " " + operator) {
            case "project =", "project in" -> {
                return stored -> values.contains(stored.project);
            }
            case "issuetype in" -> {
                return stored -> values.stream().anyMatch(value -> value.equalsIgnoreCase(stored.type));
            }
            case "issuekey =" -> {
                return stored -> stored.key().equalsIgnoreCase(values.get(0));
            }
            case "id >" -> {
                // Jira: the issue with this id, as the searcher may see it, then a greater number in its project.
                long id = Long.parseLong(values.get(0));
                Stored cursor = issues.stream().filter(stored -> stored.id == id && stored.visible).findFirst()
                        .orElse(null);
                return stored -> cursor != null && stored.project.equals(cursor.project)
                        && stored.number > cursor.number;
            }
            default -> throw new AssertionError("a clause the fake does not know: " + field + " " + operator
                    + " in " + jql);
        }
    }

    private static String literal(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return token;
    }

    private static void expect(String token, String expected) {
        if (!token.equals(expected)) {
            throw new AssertionError("expected " + expected + " but found " + token);
        }
    }

    private Project project(String key) {
        return projects.computeIfAbsent(key, k -> {
            Project project = mock(Project.class);
            when(project.getKey()).thenReturn(k);
            when(project.getId()).thenReturn((long) Math.abs(k.hashCode() % 10_000));
            when(project.getName()).thenReturn("Project " + k);
            return project;
        });
    }

    private Status status(String name, String category) {
        return statuses.computeIfAbsent(name + "/" + category, key -> newStatus(name, category));
    }

    private static Status newStatus(String name, String category) {
        Status status = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(statusCategory.getKey()).thenReturn(category);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        return status;
    }

    private static Set<Label> labels(List<String> texts) {
        Set<Label> labels = new LinkedHashSet<>();
        for (String text : texts) {
            Label label = mock(Label.class);
            when(label.getLabel()).thenReturn(text);
            labels.add(label);
        }
        return labels;
    }

    private static List<ProjectComponent> components(List<String> names) {
        List<ProjectComponent> components = new ArrayList<>();
        for (String name : names) {
            ProjectComponent component = mock(ProjectComponent.class);
            when(component.getName()).thenReturn(name);
            components.add(component);
        }
        return components;
    }

}
