/*
 * Stub of com.atlassian.jira.project.Project (interface).
 * Checked against: no Project class page was returned by the docs corpus.
 * unverified: Long getId(), String getKey(), String getName() - long-stable Jira API.
 */
package com.atlassian.jira.project;

public interface Project {
    Long getId();

    String getKey();

    String getName();
}
