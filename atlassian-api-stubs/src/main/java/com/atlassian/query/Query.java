/*
 * Stub of com.atlassian.query.Query (interface; no members needed).
 * Checked against: type name appears in the Jira Software 11.1.0-m0011 javadoc signatures, e.g.
 *   https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html
 *   (`com.atlassian.query.Query query` parameters). No page for Query itself was found. unverified: interface-ness.
 */
package com.atlassian.query;

public interface Query {
}
