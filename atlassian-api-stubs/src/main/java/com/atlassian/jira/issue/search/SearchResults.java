/*
 * Stub of com.atlassian.jira.issue.search.SearchResults<T> (class): one page of a search.
 * Checked against: the type with Issue results on Jira 11: JSW 11.1.0-m0011 javadoc,
 *   com/atlassian/greenhopper/service/issue/SearchServiceImpl.html (ServiceOutcome<SearchResults<Issue>>);
 *   List<T> getResults() and int getTotal() from Jira 8 on (Jira 8 replaced getIssues() with getResults()).
 * unverified: the members on Jira 10/11. Deviation: a public constructor, so that tests can build a page.
 */
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int total) {
        this.results = List.copyOf(results);
        this.total = total;
    }

    public List<T> getResults() {
        return results;
    }

    /** How many issues match in all. */
    public int getTotal() {
        return total;
    }
}
