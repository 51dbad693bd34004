/*
 * Stub of com.atlassian.jira.bc.project.component.ProjectComponent (interface, @PublicApi): a component of a project.
 * Only the member the app calls.
 * Checked against:
 *   - the type on Jira 11: atlassian-labs/atlassian-slack-integration-server at 94c50dc (jira-api 11.0.0) imports it
 *     and implements `Collection<ProjectComponent> getComponents()` of Issue and of Project
 *     (jira-slack-server-integration/.../web/rest/SlackMessageResource.java:4, :179, :418);
 *   - `String getName()` ("Returns the name of this project component"): Jira 6.3.1 javadoc,
 *     https://docs.atlassian.com/jira/6.3.1/com/atlassian/jira/bc/project/component/ProjectComponent.html
 *     (`@PublicApi public interface ProjectComponent`), and Jira 7's MockProjectComponent, which implements it
 *     (https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/project/component/MockProjectComponent.html).
 * unverified: getName() on Jira 10/11 (long-stable).
 */
package com.atlassian.jira.bc.project.component;

public interface ProjectComponent {
    String getName();
}
