package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.RaidFactsContract.Entry;
import org.pmosuite.core.raid.RaidFactsContract.StatusCategory;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.setup.RaidCustomField;

class JiraRaidFactsTest {

    private final Actor actor = new Actor("pm-key", "Pat");
    private final FakeJiraSearch jira = new FakeJiraSearch("pm-key", List.of(
            new Entry("PAY", "Risk", RaidType.RISK, 5, 4, StatusCategory.TO_DO, false)));
    private final JiraRaidFacts facts = new JiraRaidFacts(jira.searchService, jira.documentSearch, jira.customFields,
            jira.users);

    @Test
    void countsEachCellOfTheLargestMatrixPlusTheTotal() {
        facts.openEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of());

        assertThat(jira.searchedJql).hasSize(26);
    }

    @Test
    void searchesOnlyOpenRaidEntriesOfTheScopedProjects() {
        facts.openEntriesByRating(actor, IssueScope.ofProjects(new LinkedHashSet<>(List.of("PAY", "HR"))),
                Set.of(RaidType.RISK, RaidType.ISSUE));

        assertThat(jira.searchedJql).allSatisfy(jql -> assertThat(jql).startsWith(
                "project in (\"HR\", \"PAY\") AND statusCategory != Done AND cf[10100] in (\"Issue\", \"Risk\")"));
    }

    @Test
    void missingRaidFieldsAreReportedByNameAndNothingIsSearched() throws SearchException {
        jira.removeField(RaidCustomField.IMPACT);
        jira.removeField(RaidCustomField.CATEGORY);

        assertThatThrownBy(() -> facts.openEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of()))
                .isInstanceOfSatisfying(RaidFieldsNotConfiguredException.class, e -> assertThat(e.missingFields())
                        .containsExactly("RAID Type", "RAID Impact"));
        verify(jira.documentSearch, never()).getHitCount(any(), any(), anyBoolean());
    }

    @Test
    void anUnknownUserIsAnErrorNotAnEmptyMap() throws SearchException {
        when(jira.users.getUserByKey("pm-key")).thenReturn(null);

        assertThatThrownBy(() -> facts.openEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pm-key");
        verify(jira.documentSearch, never()).getHitCount(any(), any(), anyBoolean());
    }

    @Test
    void aQueryJiraCannotParseFailsLoudly() {
        SearchService.ParseResult invalid = mock(SearchService.ParseResult.class);
        MessageSet errors = mock(MessageSet.class);
        when(invalid.isValid()).thenReturn(false);
        when(invalid.getErrors()).thenReturn(errors);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'cf[10101]' does not exist"));
        when(jira.searchService.parseQuery(eq(jira.user), anyString())).thenReturn(invalid);

        assertThatThrownBy(() -> facts.openEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFailedSearchIsReportedWithItsQuery() throws SearchException {
        doThrow(new SearchException("index down")).when(jira.documentSearch)
                .getHitCount(eq(jira.user), any(Query.class), eq(false));

        assertThatThrownBy(() -> facts.openEntriesByRating(actor, IssueScope.ofProjects(Set.of("PAY")), Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("project in (\"PAY\")")
                .hasRootCauseMessage("index down");
    }
}
