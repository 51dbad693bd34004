/*
 * Stub of com.atlassian.jira.search.issue.IssueDocumentSearchService (interface), Jira 10.4+ Search API.
 * Checked against: atlassian-labs/atlassian-slack-integration-server at 94c50dc (jira-api 11.0.0), which imports it
 *   with @ComponentImport (service/ComponentImports.java:65) and calls
 *   `long getHitCount(ApplicationUser caller, com.atlassian.query.Query query, boolean overrideSecurity)` inside a
 *   `catch (SearchException e)` (bridge/jql/impl/JqlIndexSearcher.java:41), so it declares that checked exception.
 *   Atlassian names it the document-level entry point for counts and aggregations:
 *   https://confluence.atlassian.com/adminjiraserver/migrating-lucene-collectors-to-search-api-in-jira-11-1574503383.html
 * No javadoc page for this interface is in the docs corpus; the return type long is from the caller's assignment.
 */
package com.atlassian.jira.search.issue;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

public interface IssueDocumentSearchService {
    long getHitCount(ApplicationUser user, Query query, boolean overrideSecurity) throws SearchException;
}
