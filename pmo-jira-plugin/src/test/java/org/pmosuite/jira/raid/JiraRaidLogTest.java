package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.EnglishRiskMatrixTexts;
import org.pmosuite.core.raid.RaidEntry;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidLogGroup;
import org.pmosuite.core.raid.RaidLogPage;
import org.pmosuite.core.raid.RaidLogQuery;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.raid.field.RaidFieldTypes;

/**
 * The RAID log in Jira: which search API it calls, how often, with which JQL and page, and how it refuses what
 * Jira cannot answer. The searches are mocks that record the JQL and answer what each test sets up.
 */
class JiraRaidLogTest {

    private static final Actor PM = new Actor("pm-key", "Pat");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final RiskMatrix MATRIX = EnglishRiskMatrixTexts.standard(5);
    private static final IssueScope SCOPE = IssueScope.ofProjects(Set.of("PAY", "OPS"));

    private final Jira jira = new Jira();
    private final JiraRaidLog log = new JiraRaidLog(jira.searchService, jira.documentSearch,
            jira.issueManager, jira.permissions, jira.customFields, jira.users, jira.owners);

    private static RaidLogQuery query(String... namesAndValues) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return RaidLogQuery.parse(parameters);
    }

    @Test
    void aPageIsOneSearchAsTheViewerWithItsPageAndEveryFilterInJql() throws Exception {
        jira.answer(jql -> jira.issues("PAY-3", "PAY-1"), 57);

        RaidLogPage page = log.page(PM, SCOPE, query("type", "RISK", "roam", "OWNED", "roam", "NONE", "owner",
                "dana-key", "band", "HIGH", "cell", "3x4", "startAt", "50", "maxResults", "25"), MATRIX, TODAY);

        assertThat(jira.searches).singleElement().satisfies(search -> {
            assertThat(search.start()).isEqualTo(50);
            assertThat(search.max()).isEqualTo(25);
            assertThat(search.jql()).startsWith("project in (\"OPS\", \"PAY\") AND cf[10100] is not EMPTY")
                    .contains(" AND statusCategory != Done")
                    .contains(" AND cf[10100] in (\"Risk\")")
                    .contains(" AND (cf[10105] in (\"Owned\") OR cf[10105] is EMPTY)")
                    .contains(" AND cf[10104] in (\"dana-key\")")
                    .contains(" AND cf[10101] <= 5 AND cf[10102] <= 5 AND ((cf[10103] >= "
                            + MATRIX.bands().get(2).minScore() + " AND cf[10103] <= "
                            + MATRIX.maxScore(MATRIX.bands().get(2)) + "))")
                    .contains(" AND cf[10101] = 3 AND cf[10102] = 4")
                    .endsWith(" ORDER BY cf[10103] DESC, key ASC");
        });
        verify(jira.documentSearch, never()).getHitCount(any(), any(), anyBoolean());
        assertThat(page.total()).isEqualTo(57);
        assertThat(page.entries()).extracting(RaidEntry::issueKey).containsExactly("PAY-3", "PAY-1");
        assertThat(page.entries().get(0).score()).isEqualTo(12);
    }

    @Test
    void typedValuesAreQuotedSoTheyCannotChangeTheQuery() throws Exception {
        jira.answer(jql -> List.of(), 0);

        log.page(PM, SCOPE, query("owner", "x\") OR project = \"SECRET"), MATRIX, TODAY);

        assertThat(jira.searches.get(0).jql()).contains("cf[10104] in (\"x\\\") OR project = \\\"SECRET\")");
    }

    @Test
    void aDependsOnFilterKeepsOnlyIssuesTheViewerMaySeeAndMatchesNothingForAHiddenOne() throws Exception {
        jira.answer(jql -> List.of(), 0);
        jira.other("OPS-1", "done", true);
        jira.other("SECRET-1", "done", false);

        log.page(PM, SCOPE, query("dependsOn", "OPS-1", "dependsOn", "SECRET-1"), MATRIX, TODAY);
        log.page(PM, SCOPE, query("dependsOn", "SECRET-1"), MATRIX, TODAY);
        log.page(PM, SCOPE, query("dependsOn", "NOSUCH-1"), MATRIX, TODAY);

        assertThat(jira.searches.get(0).jql()).contains(" AND cf[10110] in (\"OPS-1\")").doesNotContain("SECRET");
        // Hidden and missing read alike: a condition no entry meets, never the key.
        assertThat(jira.searches.get(1).jql()).contains(" AND cf[10103] < 0").doesNotContain("SECRET");
        assertThat(jira.searches.get(2).jql().replace("NOSUCH", "KEY"))
                .isEqualTo(jira.searches.get(1).jql().replace("SECRET", "KEY"));
    }

    @Test
    void aPageBeyondJirasWindowIsRefusedWithoutSearching() throws Exception {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> log.page(PM,
                SCOPE, query("startAt", "9990", "maxResults", "50"), MATRIX, TODAY));

        assertThat(refused.errors()).extracting(e -> e.field(), e -> e.messageKey())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("startAt", "pmo.raid.error.log.window"));
        verify(jira.searchService, never()).search(any(), any(), any());
    }

    @Test
    void needsAttentionFirstLooksUpWhichDependedOnIssuesTheViewerSeesResolved() throws Exception {
        jira.answer(jql -> jql.contains("cf[10110] is not EMPTY") ? List.of(
                jira.issue("PAY-7", Map.of(RaidCustomField.DEPENDS_ON, "OPS-1")),
                jira.issue("PAY-8", Map.of(RaidCustomField.DEPENDS_ON, "OPS-2")),
                jira.issue("PAY-9", Map.of(RaidCustomField.DEPENDS_ON, "OPS-3"))) : List.of(), 3);
        jira.other("OPS-1", "done", true);
        jira.other("OPS-2", "indeterminate", true);
        jira.other("OPS-3", "done", false);

        log.page(PM, SCOPE, query("needsAttention", "true"), MATRIX, TODAY);

        assertThat(jira.searches).hasSize(2);
        assertThat(jira.searches.get(0).jql()).contains("cf[10100] = \"Dependency\" AND cf[10111] < \"2026-12-02\"");
        String page = jira.searches.get(1).jql();
        assertThat(page).contains("(statusCategory != Done AND ((cf[10108] < \"2026-12-02\")")
                .contains("(cf[10100] = \"Assumption\" AND cf[10109] < \"2026-12-02\")")
                .contains("(cf[10100] = \"Dependency\" AND cf[10111] < \"2026-12-02\" AND (cf[10110] is EMPTY OR "
                        + "cf[10110] not in (\"OPS-1\")))")
                .contains("(cf[10100] = \"Risk\" AND cf[10106] is EMPTY AND cf[10101] <= 5 AND cf[10102] <= 5 AND "
                        + "cf[10103] >= ");
    }

    @Test
    void anExportCountsFirstAndReadsInBatchesOfAHundred() throws Exception {
        jira.answer(jql -> jira.issues("PAY-1"), 250);
        when(jira.documentSearch.getHitCount(any(), any(), eq(false))).thenReturn(250L);
        List<RaidEntry> read = new ArrayList<>();

        log.checkExport(PM, SCOPE, query(), MATRIX, TODAY);
        jira.fullPages = true;
        log.forEach(PM, SCOPE, query(), MATRIX, TODAY, read::add);

        assertThat(jira.searches).extracting(Jira.Search::start).containsExactly(0, 100, 200);
        assertThat(jira.searches).extracting(Jira.Search::max).containsOnly(100);
        assertThat(read).hasSize(300);
    }

    @Test
    void anExportOfMoreThanJiraAnswersIsRefusedBeforeAnythingIsRead() throws Exception {
        when(jira.documentSearch.getHitCount(any(), any(), eq(false))).thenReturn(10_001L);

        assertThatThrownBy(() -> log.checkExport(PM, SCOPE, query(), MATRIX, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("pmo.raid.error.log.exportwindow"));
        verify(jira.searchService, never()).search(any(), any(), any());
    }

    @Test
    void theRegisterGroupsByProjectWithTwoCountsForEachProjectThatHasEntries() throws Exception {
        when(jira.documentSearch.getHitCount(any(), any(), eq(false))).thenAnswer(call -> {
            String jql = jira.jqlOf(call.getArgument(1));
            return jql.startsWith("project in (\"OPS\")") ? 0L : jql.contains("statusCategory != Done AND ((") ? 2L
                    : 9L;
        });
        jira.answer(jql -> List.of(), 0);

        List<RaidLogGroup> groups = log.groups(PM, SCOPE, query("group", "project"), MATRIX, TODAY);

        assertThat(groups).containsExactly(new RaidLogGroup("PAY", null, 9, 2));
    }

    @Test
    void byOwnerEachRecordedOwnerIsCountedThenTheUnownedInNameOrder() throws Exception {
        when(jira.owners.candidates()).thenReturn(List.of("dana-key", "gone-key", "ian-key", "zoe-key"));
        ApplicationUser dana = mock(ApplicationUser.class);
        when(dana.getDisplayName()).thenReturn("Dana");
        ApplicationUser zoe = mock(ApplicationUser.class);
        when(zoe.getDisplayName()).thenReturn("alice (Zoe)");
        when(jira.users.getUserByKey("dana-key")).thenReturn(dana);
        when(jira.users.getUserByKey("zoe-key")).thenReturn(zoe);
        when(jira.documentSearch.getHitCount(any(), any(), eq(false))).thenAnswer(call -> {
            String jql = jira.jqlOf(call.getArgument(1));
            boolean attention = jql.contains("statusCategory != Done AND ((");
            if (jql.contains("cf[10104] = \"dana-key\"")) {
                return attention ? 1L : 4L;
            }
            if (jql.contains("cf[10104] = \"zoe-key\"")) {
                return attention ? 0L : 2L;
            }
            if (jql.contains("cf[10104] = \"gone-key\"")) {
                return attention ? 0L : 1L;
            }
            if (jql.contains("cf[10104] is EMPTY")) {
                return attention ? 3L : 5L;
            }
            return 0L;
        });
        jira.answer(jql -> List.of(), 0);

        List<RaidLogGroup> groups = log.groups(PM, SCOPE, query("group", "owner"), MATRIX, TODAY);

        assertThat(groups).containsExactly(new RaidLogGroup("zoe-key", "alice (Zoe)", 2, 0),
                new RaidLogGroup("dana-key", "Dana", 4, 1), new RaidLogGroup("gone-key", null, 1, 0),
                new RaidLogGroup(null, null, 5, 3));
    }

    @Test
    void theNeedsAttentionCountIsOneCountOverOpenAndClosedEntries() throws Exception {
        jira.answer(jql -> List.of(), 0);
        when(jira.documentSearch.getHitCount(any(), any(), eq(false))).thenReturn(7L);

        assertThat(log.countNeedingAttention(PM, SCOPE, MATRIX, TODAY)).isEqualTo(7);

        verify(jira.documentSearch).getHitCount(eq(jira.user), any(), eq(false));
    }

    @Test
    void withoutTheRaidFieldsTheLogSaysWhichItNeedsNeverAnEmptyPage() throws Exception {
        jira.fields.remove(RaidCustomField.SCORE);

        assertThatThrownBy(() -> log.page(PM, SCOPE, RaidLogQuery.defaults(), MATRIX, TODAY))
                .isInstanceOfSatisfying(RaidFieldsNotConfiguredException.class, e ->
                        assertThat(e.missingFields()).containsExactly("RAID Risk score"));
        verify(jira.searchService, never()).search(any(), any(), any());
    }

    /** Jira's searches as mocks that record the JQL; the RAID fields have ids 10100 (type) to 10111 (need by). */
    private static final class Jira {
        record Search(String jql, int start, int max) {
        }

        final SearchService searchService = mock(SearchService.class);
        final IssueDocumentSearchService documentSearch = mock(IssueDocumentSearchService.class);
        final IssueManager issueManager = mock(IssueManager.class);
        final PermissionManager permissions = mock(PermissionManager.class);
        final CustomFieldManager customFields = mock(CustomFieldManager.class);
        final UserManager users = mock(UserManager.class);
        final ApplicationUser user = mock(ApplicationUser.class);
        final JiraRaidOwners owners = mock(JiraRaidOwners.class);
        final Map<RaidCustomField, CustomField> fields = new LinkedHashMap<>();
        final List<Search> searches = new ArrayList<>();
        private final Map<Query, String> jqlOfQuery = new HashMap<>();
        boolean fullPages;

        Jira() {
            when(users.getUserByKey("pm-key")).thenReturn(user);
            long id = 10100;
            for (RaidCustomField raid : RaidCustomField.values()) {
                CustomField field = mock(CustomField.class);
                CustomFieldType<?, ?> type = mock(CustomFieldType.class);
                when(type.getKey()).thenReturn(RaidFieldTypes.typeKey(raid));
                doReturn(type).when(field).getCustomFieldType();
                when(field.getIdAsLong()).thenReturn(id);
                when(field.getId()).thenReturn("customfield_" + id++);
                fields.put(raid, field);
            }
            when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(fields.values()));
            when(searchService.parseQuery(eq(user), anyString())).thenAnswer(call -> {
                SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
                Query query = mock(Query.class);
                jqlOfQuery.put(query, call.getArgument(1));
                when(parsed.isValid()).thenReturn(true);
                when(parsed.getQuery()).thenReturn(query);
                return parsed;
            });
            when(permissions.hasPermission(any(), any(Issue.class), eq(user))).thenReturn(true);
        }

        String jqlOf(Query query) {
            return jqlOfQuery.get(query);
        }

        /** Every search answers what the function gives for its JQL (a full page when asked), of this total. */
        void answer(Function<String, List<Issue>> results, int total) throws SearchException {
            when(searchService.search(eq(user), any(), any())).thenAnswer(call -> {
                String jql = jqlOfQuery.get(call.<Query>getArgument(1));
                PagerFilter<?> pager = call.getArgument(2);
                searches.add(new Search(jql, pager.getStart(), pager.getMax()));
                List<Issue> page = results.apply(jql);
                if (fullPages) {
                    List<Issue> full = new ArrayList<>();
                    while (full.size() < pager.getMax()) {
                        full.add(page.get(0));
                    }
                    page = full;
                }
                return new SearchResults<>(page, total);
            });
        }

        List<Issue> issues(String... keys) {
            List<Issue> issues = new ArrayList<>();
            for (String key : keys) {
                issues.add(issue(key, Map.of(RaidCustomField.PROBABILITY, 3.0, RaidCustomField.IMPACT, 4.0)));
            }
            return issues;
        }

        /** A risk of PAY with these field values. */
        MutableIssue issue(String key, Map<RaidCustomField, Object> values) {
            Map<RaidCustomField, Object> all = new HashMap<>(values);
            all.put(RaidCustomField.CATEGORY, "Risk");
            MutableIssue issue = plain(key, "new");
            when(issue.getCustomFieldValue(any())).thenAnswer(call -> {
                for (Map.Entry<RaidCustomField, CustomField> field : fields.entrySet()) {
                    if (field.getValue() == call.getArgument(0)) {
                        return all.get(field.getKey());
                    }
                }
                return null;
            });
            return issue;
        }

        /** Another issue, which RAID entries may depend on. */
        void other(String key, String category, boolean visible) {
            MutableIssue issue = plain(key, category);
            when(issueManager.getIssueByCurrentKey(key)).thenReturn(issue);
            when(permissions.hasPermission(any(), eq(issue), eq(user))).thenReturn(visible);
        }

        private MutableIssue plain(String key, String category) {
            MutableIssue issue = mock(MutableIssue.class);
            Project project = mock(Project.class);
            when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
            Status status = mock(Status.class);
            StatusCategory statusCategory = mock(StatusCategory.class);
            when(statusCategory.getKey()).thenReturn(category);
            when(status.getStatusCategory()).thenReturn(statusCategory);
            when(status.getName()).thenReturn("Open");
            when(issue.getKey()).thenReturn(key);
            when(issue.getSummary()).thenReturn("Summary of " + key);
            when(issue.getProjectObject()).thenReturn(project);
            when(issue.getStatus()).thenReturn(status);
            when(issue.getUpdated()).thenReturn(Timestamp.from(Instant.parse("2026-11-30T10:00:00Z")));
            return issue;
        }
    }
}
