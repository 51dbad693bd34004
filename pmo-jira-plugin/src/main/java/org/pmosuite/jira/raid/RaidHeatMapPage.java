package org.pmosuite.jira.raid;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidType;

/**
 * What the heat map template may read. Bean getters only, each listed in the descriptor's velocity allowlist;
 * every value is user data and is escaped by the renderer.
 */
public final class RaidHeatMapPage {

    private final List<Option> projects;
    private final List<Option> types;
    private final String selectedProjectKey;
    private final String restUrl;
    private final String notVisibleProjectKey;
    private final List<String> errors;
    private final String matrixUrl;

    /**
     * @param typeLabel     the translated name of each RAID type
     * @param errors        translated problems with the request; the page then draws no heat map
     * @param matrixUrl     the risk-matrix settings page, when the viewer may change the matrix; else empty
     */
    RaidHeatMapPage(List<ProjectRef> projects, String selectedProjectKey, Set<RaidType> selectedTypes,
            Function<RaidType, String> typeLabel, String restUrl, String notVisibleProjectKey, List<String> errors,
            String matrixUrl) {
        this.projects = projects.stream()
                .map(p -> new Option(p.key(), p.name(), p.key().equals(selectedProjectKey)))
                .toList();
        this.types = Arrays.stream(RaidType.values())
                .map(type -> new Option(type.name(), typeLabel.apply(type), selectedTypes.contains(type)))
                .toList();
        this.selectedProjectKey = selectedProjectKey;
        this.restUrl = restUrl;
        this.notVisibleProjectKey = notVisibleProjectKey;
        this.errors = List.copyOf(errors);
        this.matrixUrl = matrixUrl;
    }

    /** The risk-matrix settings of the map's scope, for someone who may change them; empty for everyone else. */
    public String getMatrixUrl() {
        return matrixUrl;
    }

    public List<Option> getProjects() {
        return projects;
    }

    /** Every RAID type, with the ones the request narrowed to marked as selected. */
    public List<Option> getTypes() {
        return types;
    }

    /** The selected types as the REST resource takes them, comma-separated; empty for all types. */
    public String getSelectedTypes() {
        return types.stream().filter(Option::isSelected).map(Option::getKey).collect(Collectors.joining(","));
    }

    public List<String> getErrors() {
        return errors;
    }

    /** Whether the page can draw a heat map: someone to show it to, a visible project and a valid request. */
    public boolean isHeatMapShown() {
        return !projects.isEmpty() && notVisibleProjectKey.isEmpty() && errors.isEmpty();
    }

    /** False for a user who may browse no project at all: the page then explains instead of drawing. */
    public boolean isAnyProjectBrowsable() {
        return !projects.isEmpty();
    }

    public String getSelectedProjectKey() {
        return selectedProjectKey;
    }

    public String getSelectedProjectName() {
        return projects.stream().filter(Option::isSelected).map(Option::getName).findFirst()
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

    /** One choice in a picker: a project or a RAID type. */
    public static final class Option {
        private final String key;
        private final String name;
        private final boolean selected;

        Option(String key, String name, boolean selected) {
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
