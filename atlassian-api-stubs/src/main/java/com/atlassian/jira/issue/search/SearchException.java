/*
 * Stub of com.atlassian.jira.issue.search.SearchException (checked exception, @PublicApi).
 * Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/search/SearchException.html (Jira 7.0.8):
 *   `public class SearchException extends JiraException`; constructors (), (Exception e), (String msg),
 *   (String msg, Exception e). Constructors fixed to match (were Throwable-based).
 * Deviation: superclass collapsed to java.lang.Exception (JiraException, itself a checked Exception, is not stubbed).
 * unverified: no Jira 10/11 page in the corpus.
 * The constructors pass their arguments to Exception, so that tests can throw the exception; nothing else runs.
 */
package com.atlassian.jira.issue.search;

public class SearchException extends Exception {
    public SearchException() {
        super();
    }

    public SearchException(String msg) {
        super(msg);
    }

    public SearchException(String msg, Exception e) {
        super(msg, e);
    }

    public SearchException(Exception e) {
        super(e);
    }
}
