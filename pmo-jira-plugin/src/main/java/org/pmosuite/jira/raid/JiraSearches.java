package org.pmosuite.jira.raid;

import java.util.Collection;
import java.util.stream.Collectors;

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
 * time. Values are written into JQL through {@link #quote} only.
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

    /** A JQL string literal: quoted, with quotes and backslashes escaped. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** JQL string literals for an {@code in (...)} list, sorted so that a query reads the same every time. */
    static String quoted(Collection<String> values) {
        return values.stream().sorted().map(JiraSearches::quote).collect(Collectors.joining(", "));
    }
}
