/*
 * Stub of com.atlassian.jira.issue.Issue (interface), only the member we call.
 * Checked against:
 *   - docs.atlassian.com/jira/latest (7.x) com/atlassian/jira/issue/Issue.html: `@PublicApi public interface Issue
 *     extends OfBizValueWrapper, IssueContext, WithId, WithKey`; `String getKey()` comes from
 *     com.atlassian.jira.entity.WithKey. The stub declares it on Issue itself: a call compiled against it is an
 *     interface call on Issue, which the JVM resolves through the real super-interface;
 *   - a Jira 11.0.0 app, atlassian-labs/atlassian-slack-integration-server,
 *     manager/impl/DefaultDedicatedChannelManager.java: `issue.getKey()` on com.atlassian.jira.issue.Issue.
 *   - getCustomFieldValue(CustomField) and getProjectObject(): the same Jira 11.0.0 app implements Issue in an
 *     anonymous class (web/rest/SlackMessageResource.java) with `public Object getCustomFieldValue(CustomField
 *     customField)` and `public Project getProjectObject()`, and calls getProjectObject() in
 *     web/rest/IssuePanelResource.java:121. The same anonymous class gives `Long getId()`, `String getSummary()`,
 *     `java.sql.Timestamp getUpdated()`, `Status getStatus()` and `IssueType getIssueType()` (Jira 11.0.0).
 *   - getAssignee(), getComponents(), getLabels(), for the portfolio's owner and theme: the same Jira 11.0.0 app's
 *     anonymous Issue (web/rest/SlackMessageResource.java at 94c50dc) declares `public ApplicationUser getAssignee()`
 *     (:403), `public Collection<ProjectComponent> getComponents()` (:418, ProjectComponent from
 *     com.atlassian.jira.bc.project.component) and `public Set<Label> getLabels()` (:867, Label from
 *     com.atlassian.jira.issue.label); service/notification/PersonalNotificationManager.java:62 calls
 *     `issue.getAssignee()` (null when unassigned, as DefaultAttachmentHelper.java:68 tests).
 * The issue view hands web panels the viewed issue as context key "issue" (public Jira 7-9 apps read
 * `(Issue) context.get("issue")`); not seen in Jira 10/11 source, so the panel reads it defensively.
 */
package com.atlassian.jira.issue;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

import com.atlassian.jira.bc.project.component.ProjectComponent;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Timestamp getUpdated();

    Status getStatus();

    IssueType getIssueType();

    Object getCustomFieldValue(CustomField customField);

    Project getProjectObject();

    /** Null when the issue is unassigned. */
    ApplicationUser getAssignee();

    Collection<ProjectComponent> getComponents();

    Set<Label> getLabels();
}
