/*
 * Stub of com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask (interface), named in an <ao> module's
 * <upgradeTask> element.
 * Checked against: Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc
 *   (jira-slack-server-integration-plugin .../model/ao/upgrade/v1/ProjectConfigurationUpgradeTask001.java:
 *   ModelVersion getModelVersion(), void upgrade(ModelVersion currentVersion, ActiveObjects ao)).
 */
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
