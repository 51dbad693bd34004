/*
 * Stub of com.atlassian.jira.bc.issue.search.SearchService (interface).
 * Checked against: NO core-Jira SearchService class page is in the docs corpus (searched jira/latest = 7.x, jira/server,
 *   jira/7.x, DAC reference and software/jira/docs/api/latest, which holds only the "Atlassian Jira - Server 11.3.0 API"
 *   overview page). Pages found for the same name are the unrelated Jira Software wrapper
 *   com.atlassian.greenhopper.service.issue.SearchService (e.g. jira-software/10.6.0), not this interface.
 * Jira 11 (C11): `parseQuery(ApplicationUser, String)` returning ParseResult, called by
 *   atlassian-labs/atlassian-slack-integration-server at 94c50dc (jira-api 11.0.0),
 *   service/issuefilter/impl/JqlIssueFilter.java:74 and postfunction/SlackPostFunctionFactory.java:219.
 * searchCount is not stubbed: it has no Jira 10/11 evidence; counts go through IssueDocumentSearchService.getHitCount.
 *   Jira 11 docs still name this class as the domain-level entry point:
 *   https://confluence.atlassian.com/adminjiraserver/migrating-lucene-collectors-to-search-api-in-jira-11-1574503383.html
 * search(ApplicationUser, Query, PagerFilter) -> SearchResults<Issue> throws SearchException: inferred for Jira 11, not
 *   seen declared: JSW 11.1.0-m0011's wrapper com.atlassian.greenhopper.service.issue.SearchServiceImpl
 *   ("Wrapper around JIRA's SearchService") returns ServiceOutcome<SearchResults<Issue>> from
 *   search(ApplicationUser, Query, com...) whose third type is cut off in the page; in Jira 8-9 it is PagerFilter.
 *   Atlassian's Jira 11 migration page tells apps to use this class "to retrieve a list of matching issues", in pages
 *   (OpenSearch answers at most 10,000 results per request).
 * validateQuery(ApplicationUser, Query) -> MessageSet (the JQL validators' messages: unknown fields, values that do
 *   not exist, functions used wrongly; the parser only checks syntax): Jira 8-era public apps call exactly this after
 *   parseQuery, e.g. the Mail.ru Myteam plugin (package ru.mail.jira.plugins.myteam, protocol/listeners/
 *   MyteamEventsListener.java: `MessageSet messageSet = searchService.validateQuery(currentUser, sanitizedJql);` then
 *   `searchService.search(currentUser, sanitizedJql, pagerFilter)` into SearchResults<Issue>), and Jira's own
 *   gadget tests (Jira 4-6 source, com.atlassian.jira.gadgets.system.TestIssueTableResource) expect the
 *   three-argument overload `validateQuery(user, query, filterId)` returning a MessageSet. unverified on Jira 10/11;
 *   only the two-argument form is stubbed.
 * ParseResult is a nested (static final) CLASS in real Jira, not an interface.
 */
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

public interface SearchService {
    ParseResult parseQuery(ApplicationUser searcher, String query);

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Empty of error messages when the query is valid for this user. */
    MessageSet validateQuery(ApplicationUser searcher, Query query);

    final class ParseResult {
        public ParseResult(Query query, MessageSet errors) {
            throw new UnsupportedOperationException("stub");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("stub");
        }

        public MessageSet getErrors() {
            throw new UnsupportedOperationException("stub");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
