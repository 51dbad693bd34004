package org.pmosuite.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.RaidCellCount;
import org.pmosuite.core.raid.RaidType;

class JiraIssueFactsTest {

    private final SearchService searchService = mock(SearchService.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final Actor actor = new Actor("pm-key", "Pat");
    private final List<String> searchedJql = new ArrayList<>();
    private final JiraIssueFacts facts = new JiraIssueFacts(searchService, fields, users);

    @BeforeEach
    void jiraWithRaidFields() throws SearchException {
        when(users.getUserByKey("pm-key")).thenReturn(user);
        field(JiraIssueFacts.RAID_TYPE_FIELD, 10100L);
        field(JiraIssueFacts.PROBABILITY_FIELD, 10101L);
        field(JiraIssueFacts.IMPACT_FIELD, 10102L);
        when(searchService.parseQuery(eq(user), anyString())).thenAnswer(call -> {
            String jql = call.getArgument(1);
            searchedJql.add(jql);
            return new ParsedJql(jql).result;
        });
        // 3 entries at P5 x I4, 1 at P1 x I1, and 12 open entries in all: 8 are unrated.
        when(searchService.searchCount(eq(user), any(Query.class))).thenAnswer(call -> {
            String jql = call.getArgument(1).toString();
            if (jql.endsWith("cf[10101] = 5 AND cf[10102] = 4")) {
                return 3L;
            }
            if (jql.endsWith("cf[10101] = 1 AND cf[10102] = 1")) {
                return 1L;
            }
            return jql.contains("cf[10101]") ? 0L : 12L;
        });
    }

    @Test
    void countsEachCellAndReportsTheRestAsUnrated() {
        List<RaidCellCount> counts = facts.openRaidEntriesByRating(actor,
                IssueScope.ofProjects(Set.of("PAY", "HR")), Set.of());

        assertThat(counts).containsExactlyInAnyOrder(new RaidCellCount(5, 4, 3), new RaidCellCount(1, 1, 1),
                new RaidCellCount(0, 0, 8));
        assertThat(searchedJql).hasSize(26);
    }

    @Test
    void searchesOnlyOpenRaidEntriesOfTheScopedProjects() {
        facts.openRaidEntriesByRating(actor, IssueScope.ofProjects(new LinkedHashSet<>(List.of("PAY", "HR"))),
                Set.of(RaidType.RISK, RaidType.ISSUE));

        assertThat(searchedJql).allSatisfy(jql -> assertThat(jql).startsWith(
                "project in (\"HR\", \"PAY\") AND resolution is EMPTY AND cf[10100] in (\"Issue\", \"Risk\")"));
    }

    @Test
    void quotesProjectKeysSoTheyCannotChangeTheQuery() {
        assertThat(JiraIssueFacts.quote("A\" OR project = \"B")).isEqualTo("\"A\\\" OR project = \\\"B\"");
        assertThat(JiraIssueFacts.quote("back\\slash")).isEqualTo("\"back\\\\slash\"");
    }

    @Test
    void withoutRaidFieldsThereIsNothingToCountAndNoSearch() throws SearchException {
        when(fields.getCustomFieldObjectsByName(JiraIssueFacts.IMPACT_FIELD)).thenReturn(List.of());

        assertThat(facts.openRaidEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of())).isEmpty();
        verify(searchService, never()).searchCount(any(), any());
    }

    @Test
    void anUnknownUserGetsNoCounts() throws SearchException {
        when(users.getUserByKey("pm-key")).thenReturn(null);

        assertThat(facts.openRaidEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of())).isEmpty();
        verify(searchService, never()).searchCount(any(), any());
    }

    @Test
    void aQueryJiraCannotParseFailsLoudly() {
        SearchService.ParseResult invalid = mock(SearchService.ParseResult.class);
        MessageSet errors = mock(MessageSet.class);
        when(invalid.isValid()).thenReturn(false);
        when(invalid.getErrors()).thenReturn(errors);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'cf[10101]' does not exist"));
        when(searchService.parseQuery(eq(user), anyString())).thenReturn(invalid);

        assertThatThrownBy(() -> facts.openRaidEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFailedSearchIsReportedWithItsQuery() throws SearchException {
        when(searchService.searchCount(eq(user), any(Query.class))).thenThrow(new SearchException("index down"));

        assertThatThrownBy(() -> facts.openRaidEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("project in (\"PAY\")")
                .hasRootCauseMessage("index down");
    }

    /** A valid parse result whose query prints as its JQL, built outside any stubbing in progress. */
    private static final class ParsedJql {
        final SearchService.ParseResult result = mock(SearchService.ParseResult.class);

        ParsedJql(String jql) {
            Query query = mock(Query.class, jql);
            org.mockito.Mockito.doReturn(true).when(result).isValid();
            org.mockito.Mockito.doReturn(query).when(result).getQuery();
        }
    }

    private void field(String name, long id) {
        CustomField field = mock(CustomField.class);
        when(field.getIdAsLong()).thenReturn(id);
        when(fields.getCustomFieldObjectsByName(name)).thenReturn(List.of(field));
    }
}
