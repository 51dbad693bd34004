package org.pmosuite.jira.raid;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;

/**
 * The RAID adapters' JQL, run as the user with security applied: written text is parsed first (a generated query
 * that does not parse is a bug, never the user's input), counted with Jira 11's hit count, or searched a page at a
 * time. Values are written into JQL through {@link org.pmosuite.jira.platform.Jql} only.
 */
final class JiraSearches {

    private final SearchService searchService;
    private final IssueDocumentSearchService documentSearch;

    JiraSearches(SearchService searchService, IssueDocumentSearchService documentSearch) {
        this.searchService = searchService;
        this.documentSearch = documentSearch;
    }

    long count(ApplicationUser user, String jql) {
        try {
            return documentSearch.getHitCount(user, parse(user, jql), false);
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed for: " + jql, e);
        }
    }

    SearchResults<Issue> search(ApplicationUser user, String jql, int start, int max) {
        try {
            return searchService.search(user, parse(user, jql), new PagerFilter<>(start, max));
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed for: " + jql, e);
        }
    }

    private com.atlassian.query.Query parse(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Generated JQL did not parse: " + jql + " "
                    + parsed.getErrors().getErrorMessages());
        }
        return parsed.getQuery();
    }
}
