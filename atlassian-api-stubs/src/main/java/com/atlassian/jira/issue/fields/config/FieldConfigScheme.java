/*
 * Stub of com.atlassian.jira.issue.fields.config.FieldConfigScheme (interface): here, a project's issue type scheme.
 * Checked against: the type on Jira 10: JSW 10.7.3 javadoc, IssueTypeSchemeService.addAllAgileIssueTypesToScheme(
 *   com.atlassian.jira.issue.fields.config.FieldConfigScheme)
 *   (https://docs.atlassian.com/jira-software/10.7.3/com/atlassian/greenhopper/issue/IssueTypeSchemeService.html);
 *   getId(), getName(), isAllProjects(), getAssociatedProjectIds() in Jira 7.x javadoc
 *   (https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/fields/config/FieldConfigScheme.html).
 * unverified: the members on Jira 10/11.
 */
package com.atlassian.jira.issue.fields.config;

import java.util.List;

public interface FieldConfigScheme {
    Long getId();

    String getName();

    /** Whether the scheme is the global one, for every project without a scheme of its own. */
    boolean isAllProjects();

    List<Long> getAssociatedProjectIds();
}
