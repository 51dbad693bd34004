package org.pmosuite.jira.raid;

import java.util.Optional;

import org.pmosuite.core.common.ProjectRef;

/**
 * What the risk-matrix settings template may read. Bean getters only, each in the descriptor's velocity allowlist;
 * every value is escaped by the renderer.
 */
public final class RiskMatrixAdminPage {

    private final String projectKey;
    private final String projectName;
    private final String restUrl;
    private final String heatMapUrl;
    private final String refusal;

    private RiskMatrixAdminPage(String projectKey, String projectName, String restUrl, String heatMapUrl,
            String refusal) {
        this.projectKey = projectKey;
        this.projectName = projectName;
        this.restUrl = restUrl;
        this.heatMapUrl = heatMapUrl;
        this.refusal = refusal;
    }

    static RiskMatrixAdminPage editor(Optional<ProjectRef> project, String restUrl, String heatMapUrl) {
        return new RiskMatrixAdminPage(project.map(ProjectRef::key).orElse(""),
                project.map(ProjectRef::name).orElse(""), restUrl, heatMapUrl, "");
    }

    /** A page that only says why it cannot be shown. */
    static RiskMatrixAdminPage refused(String reason) {
        return new RiskMatrixAdminPage("", "", "", "", reason);
    }

    /** Empty for the portfolio default. */
    public String getProjectKey() {
        return projectKey;
    }

    public String getProjectName() {
        return projectName;
    }

    public boolean isPortfolio() {
        return projectKey.isEmpty();
    }

    public String getRestUrl() {
        return restUrl;
    }

    public String getHeatMapUrl() {
        return heatMapUrl;
    }

    /** Why the page cannot be shown; empty when it can. */
    public String getRefusal() {
        return refusal;
    }

    public boolean isRefused() {
        return !refusal.isEmpty();
    }
}
