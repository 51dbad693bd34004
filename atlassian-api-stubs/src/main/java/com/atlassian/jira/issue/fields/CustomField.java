/*
 * Stub of com.atlassian.jira.issue.fields.CustomField (interface).
 * Checked against: no CustomField class page was returned by the docs corpus (searched jira/latest, jira/server, 7.x).
 * unverified: Long getIdAsLong() - long-stable Jira API.
 * Deviation: real CustomField extends NavigableField, HideableField, ConfigurableField, OrderableField, ... which
 *   all extend Field; the stub collapses that to `extends Field`.
 */
package com.atlassian.jira.issue.fields;

public interface CustomField extends Field {
    Long getIdAsLong();
}
