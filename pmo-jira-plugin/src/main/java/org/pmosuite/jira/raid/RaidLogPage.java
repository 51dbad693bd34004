package org.pmosuite.jira.raid;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.ExposureBand;
import org.pmosuite.core.raid.RaidLogQuery;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.core.raid.RoamStatus;

/**
 * What the RAID log template may read: a project's RAID log, or the cross-project RAID register. Bean getters only,
 * each listed in the descriptor's velocity allowlist; every value is escaped by the renderer. The filters' state
 * lives in the page's URL and is read by the AMD module {@code pmo/raid/log-page}, so the choices here are unticked.
 */
public final class RaidLogPage {

    private final List<ProjectRef> projects;
    private final String selectedProjectKey;
    private final String notVisibleProjectKey;
    private final List<RaidHeatMapPage.Option> types;
    private final List<RaidHeatMapPage.Option> roams;
    private final List<RaidHeatMapPage.Option> bands;

    /**
     * @param selectedProjectKey   the project whose log this is; empty for the register
     * @param notVisibleProjectKey the key asked for that the viewer may not browse (or that does not exist); else
     *                             empty
     * @param label                the translation of a message key
     */
    RaidLogPage(List<ProjectRef> projects, String selectedProjectKey, String notVisibleProjectKey,
            Function<String, String> label) {
        this.projects = List.copyOf(projects);
        this.selectedProjectKey = selectedProjectKey;
        this.notVisibleProjectKey = notVisibleProjectKey;
        this.types = Arrays.stream(RaidType.values())
                .map(type -> new RaidHeatMapPage.Option(type.name(), label.apply(type.messageKey()), false))
                .toList();
        this.roams = Stream.concat(Arrays.stream(RoamStatus.values())
                        .map(roam -> new RaidHeatMapPage.Option(roam.name(), label.apply(roam.messageKey()), false)),
                        Stream.of(new RaidHeatMapPage.Option(RaidLogQuery.NOT_ROAMED,
                                label.apply("pmo.raid.log.roam.none"), false)))
                .toList();
        this.bands = Arrays.stream(ExposureBand.values())
                .map(band -> new RaidHeatMapPage.Option(band.name(), label.apply(band.messageKey()), false))
                .toList();
    }

    /** True for the cross-project register, false for one project's log. */
    public boolean isRegister() {
        return selectedProjectKey.isEmpty();
    }

    public String getSelectedProjectKey() {
        return selectedProjectKey;
    }

    public String getSelectedProjectName() {
        return projects.stream().filter(p -> p.key().equals(selectedProjectKey)).map(ProjectRef::name).findFirst()
                .orElse("");
    }

    /** The key the user asked for but may not see (or that does not exist); empty when none. */
    public String getNotVisibleProjectKey() {
        return notVisibleProjectKey;
    }

    public boolean isProjectMissing() {
        return !notVisibleProjectKey.isEmpty();
    }

    /** False for a user who may browse no project at all: the page then explains instead of listing. */
    public boolean isAnyProjectBrowsable() {
        return !projects.isEmpty();
    }

    /** Whether the page lists entries: someone to show them to and a visible project (or the register). */
    public boolean isLogShown() {
        return !projects.isEmpty() && notVisibleProjectKey.isEmpty();
    }

    /** The projects a new entry may go to, the page's own selected: every browsable one. */
    public List<RaidHeatMapPage.Option> getProjectOptions() {
        return projects.stream().map(p -> new RaidHeatMapPage.Option(p.key(), p.name(),
                p.key().equals(selectedProjectKey))).toList();
    }

    /** Every RAID type, as the {@code type} filter takes it. */
    public List<RaidHeatMapPage.Option> getTypes() {
        return types;
    }

    /** Every ROAM status, then "not ROAMed" ({@code NONE}), as the {@code roam} filter takes them. */
    public List<RaidHeatMapPage.Option> getRoams() {
        return roams;
    }

    /** Every exposure band, as the {@code band} filter takes it. */
    public List<RaidHeatMapPage.Option> getBands() {
        return bands;
    }
}
