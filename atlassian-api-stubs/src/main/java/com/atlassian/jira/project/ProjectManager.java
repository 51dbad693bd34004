/*
 * Stub of com.atlassian.jira.project.ProjectManager (interface, @PublicApi). Only the member the app calls.
 * Checked against: Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc, which imports it with
 *   @ComponentImport (service/ComponentImports.java) and calls getProjectObj(Long) (for example
 *   web/rest/ProjectConfigurationResource.java); Jira 7 javadoc
 *   https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/ProjectManager.html (`Project getProjectObj(Long
 *   id)`, null when there is no such project; `List<Project> getProjectObjects()`).
 *   `Project getProjectObjByKey(String key)` (null when there is no such project) on the same page, and called so in
 *   many public Jira apps (code corpus: `projectManager.getProjectObjByKey(projectKey)`, null-checked).
 * unverified: getProjectObjects() and getProjectObjByKey(String) on Jira 10/11.
 */
package com.atlassian.jira.project;

import java.util.List;

public interface ProjectManager {
    Project getProjectObj(Long id);

    /** The project with this key, or null. */
    Project getProjectObjByKey(String key);

    /** Every project. */
    List<Project> getProjectObjects();
}
