package org.pmosuite.jira.raid;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.query.Query;
import org.pmosuite.core.raid.RaidFactsContract.Entry;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.raid.field.RaidFieldValues;
import org.pmosuite.jira.raid.field.RaidFieldTypes;

/**
 * Jira's search as {@link JiraRaidFacts} uses it, over a list of issues: {@code parseQuery} keeps the JQL, and
 * {@code getHitCount} evaluates it with Jira's meaning of each clause the adapter writes (project, statusCategory,
 * issuetype, and the RAID custom fields as a select list and two number fields). A clause it does not know fails the
 * test, so the adapter cannot drift into JQL this fake would misread.
 */
final class FakeJiraSearch {

    static final long TYPE_FIELD_ID = 10100L;
    static final long PROBABILITY_FIELD_ID = 10101L;
    static final long IMPACT_FIELD_ID = 10102L;

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|cf\\[\\d+]|!=|[(),=]|[A-Za-z][A-Za-z0-9_]*|\\d+)");

    final SearchService searchService = mock(SearchService.class);
    final IssueDocumentSearchService documentSearch = mock(IssueDocumentSearchService.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final UserManager users = mock(UserManager.class);
    final ApplicationUser user = mock(ApplicationUser.class);
    final List<String> searchedJql = new ArrayList<>();

    private final Map<Query, String> jqlOfQuery = new HashMap<>();
    /** The custom fields Jira has, by the name of their RAID field or a description of another one. */
    private final Map<String, CustomField> fields = new LinkedHashMap<>();

    FakeJiraSearch(String userKey, List<Entry> entries) {
        when(users.getUserByKey(userKey)).thenReturn(user);
        // Another field first, with a RAID name but of Jira's own type: the adapter goes by the type.
        fields.put("Jira's select", field(RaidCustomField.CATEGORY.defaultName(),
                RaidFieldTypes.SYSTEM + "select", 10001L));
        fields.put(RaidCustomField.CATEGORY.name(), raidField(RaidCustomField.CATEGORY, TYPE_FIELD_ID));
        fields.put(RaidCustomField.PROBABILITY.name(), raidField(RaidCustomField.PROBABILITY, PROBABILITY_FIELD_ID));
        fields.put(RaidCustomField.IMPACT.name(), raidField(RaidCustomField.IMPACT, IMPACT_FIELD_ID));
        when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(fields.values()));
        when(searchService.parseQuery(any(), anyString())).thenAnswer(call -> parsed(call.getArgument(1)));
        try {
            when(documentSearch.getHitCount(any(), any(), anyBoolean()))
                    .thenAnswer(call -> {
                        if (call.getArgument(0) != user || (boolean) call.getArgument(2)) {
                            throw new AssertionError("counts must run as the asking user, with security applied");
                        }
                        String jql = Objects.requireNonNull(jqlOfQuery.get(call.getArgument(1)), "unparsed query");
                        searchedJql.add(jql);
                        Predicate<Entry> matches = evaluate(jql);
                        return entries.stream().filter(matches).count();
                    });
        } catch (SearchException e) {
            throw new IllegalStateException(e);
        }
    }

    void removeField(RaidCustomField field) {
        fields.remove(field.name());
    }

    private SearchService.ParseResult parsed(String jql) {
        SearchService.ParseResult result = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class, jql);
        jqlOfQuery.put(query, jql);
        doReturn(true).when(result).isValid();
        doReturn(query).when(result).getQuery();
        return result;
    }

    private static CustomField raidField(RaidCustomField raid, long id) {
        return field(raid.defaultName(), RaidFieldTypes.typeKey(raid), id);
    }

    private static CustomField field(String name, String typeKey, long id) {
        CustomField field = mock(CustomField.class);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getIdAsLong()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        doReturn(type).when(field).getCustomFieldType();
        return field;
    }

    /** The clauses of a conjunction, each one of: {@code f in (v, …)}, {@code f = v}, {@code f != v}, {@code f is not EMPTY}. */
    static Predicate<Entry> evaluate(String jql) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(jql);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            tokens.add(matcher.group(1));
            end = matcher.end();
        }
        if (end != jql.stripTrailing().length()) {
            throw new AssertionError("JQL the fake cannot read at " + end + ": " + jql);
        }
        Predicate<Entry> all = entry -> true;
        int i = 0;
        while (i < tokens.size()) {
            String field = tokens.get(i++);
            String operator = tokens.get(i++);
            Predicate<Entry> clause;
            switch (operator) {
                case "in" -> {
                    List<String> values = new ArrayList<>();
                    expect(tokens.get(i++), "(");
                    while (!tokens.get(i).equals(")")) {
                        values.add(literal(tokens.get(i++)));
                        if (tokens.get(i).equals(",")) {
                            i++;
                        }
                    }
                    i++;
                    clause = entry -> values.contains(value(field, entry));
                }
                case "=" -> {
                    String expected = literal(tokens.get(i++));
                    clause = entry -> expected.equals(value(field, entry));
                }
                case "!=" -> {
                    String excluded = literal(tokens.get(i++));
                    clause = entry -> value(field, entry) != null && !excluded.equals(value(field, entry));
                }
                case "is" -> {
                    expect(tokens.get(i++), "not");
                    expect(tokens.get(i++), "EMPTY");
                    clause = entry -> value(field, entry) != null;
                }
                default -> throw new AssertionError("operator " + operator + " in " + jql);
            }
            all = all.and(clause);
            if (i < tokens.size()) {
                expect(tokens.get(i++), "AND");
            }
        }
        return all;
    }

    /** A field's value as JQL compares it: select options by their text, numbers as digits, categories by name. */
    private static String value(String field, Entry entry) {
        return switch (field) {
            case "project" -> entry.projectKey();
            case "issuetype" -> entry.issueType();
            case "statusCategory" -> switch (entry.statusCategory()) {
                case TO_DO -> "To Do";
                case IN_PROGRESS -> "In Progress";
                case DONE -> "Done";
            };
            case "cf[" + TYPE_FIELD_ID + "]" -> entry.raidType() == null ? null
                    : RaidFieldValues.stored(entry.raidType());
            case "cf[" + PROBABILITY_FIELD_ID + "]" -> entry.probability() == null ? null
                    : entry.probability().toString();
            case "cf[" + IMPACT_FIELD_ID + "]" -> entry.impact() == null ? null : entry.impact().toString();
            default -> throw new AssertionError("field " + field);
        };
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
}
