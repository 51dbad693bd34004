package org.pmosuite.jira.raid;

import java.util.List;

import org.pmosuite.core.common.ProjectRef;

/**
 * What the heat map template may read. Bean getters only, each listed in the descriptor's velocity allowlist;
 * every value is user data and is escaped by the renderer.
 */
public final class RaidHeatMapPage {

    private final List<ProjectOption> projects;
    private final String selectedProjectKey;
    private final String restUrl;
    private final String notVisibleProjectKey;

    RaidHeatMapPage(List<ProjectRef> projects, String selectedProjectKey, String restUrl,
            String notVisibleProjectKey) {
        this.projects = projects.stream()
                .map(p -> new ProjectOption(p.key(), p.name(), p.key().equals(selectedProjectKey)))
                .toList();
        this.selectedProjectKey = selectedProjectKey;
        this.restUrl = restUrl;
        this.notVisibleProjectKey = notVisibleProjectKey;
    }

    public List<ProjectOption> getProjects() {
        return projects;
    }

    /** False for a user who may browse no project at all: the page then explains instead of drawing. */
    public boolean isAnyProjectBrowsable() {
        return !projects.isEmpty();
    }

    public String getSelectedProjectKey() {
        return selectedProjectKey;
    }

    public String getSelectedProjectName() {
        return projects.stream().filter(ProjectOption::isSelected).map(ProjectOption::getName).findFirst()
                .orElse("");
    }

    public String getRestUrl() {
        return restUrl;
    }

    /** The key the user asked for but may not see (or that does not exist); empty when none. */
    public String getNotVisibleProjectKey() {
        return notVisibleProjectKey;
    }

    public boolean isProjectMissing() {
        return !notVisibleProjectKey.isEmpty();
    }

    /** One entry of the project picker. */
    public static final class ProjectOption {
        private final String key;
        private final String name;
        private final boolean selected;

        ProjectOption(String key, String name, boolean selected) {
            this.key = key;
            this.name = name;
            this.selected = selected;
        }

        public String getKey() {
            return key;
        }

        public String getName() {
            return name;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
