package org.pmosuite.jira.raid;

import org.pmosuite.core.common.ProjectRef;

/**
 * What the RAID setup template may read. Bean getters only, each in the descriptor's velocity allowlist; every value
 * is escaped by the renderer.
 */
public final class RaidSetupPage {

    private final String projectKey;
    private final String projectName;
    private final String logUrl;
    private final String refusal;

    private RaidSetupPage(String projectKey, String projectName, String logUrl, String refusal) {
        this.projectKey = projectKey;
        this.projectName = projectName;
        this.logUrl = logUrl;
        this.refusal = refusal;
    }

    static RaidSetupPage of(ProjectRef project, String logUrl) {
        return new RaidSetupPage(project.key(), project.name(), logUrl, "");
    }

    /** A page that only says why it cannot be shown. */
    static RaidSetupPage refused(String reason) {
        return new RaidSetupPage("", "", "", reason);
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getLogUrl() {
        return logUrl;
    }

    /** Why the page cannot be shown; empty when it can. */
    public String getRefusal() {
        return refusal;
    }

    public boolean isRefused() {
        return !refusal.isEmpty();
    }
}
