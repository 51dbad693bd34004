/*
 * Stub of com.atlassian.jira.issue.fields.Field (interface; root of the field hierarchy).
 * Checked against: no Field class page was returned by the docs corpus.
 * unverified: getId()/getName() are declared on Field (CustomField inherits them) - long-stable Jira API.
 */
package com.atlassian.jira.issue.fields;

public interface Field {
    String getId();

    String getName();
}
