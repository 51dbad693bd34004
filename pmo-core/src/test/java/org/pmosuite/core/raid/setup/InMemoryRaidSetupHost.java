package org.pmosuite.core.raid.setup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;

/** A host's configuration in memory: global fields and issue types, a scheme and screens per project. */
public final class InMemoryRaidSetupHost implements RaidSetupHost {

    private final Set<RaidCustomField> fields = EnumSet.noneOf(RaidCustomField.class);
    private final Set<String> issueTypes = new HashSet<>();
    private final Map<String, Set<String>> schemes = new HashMap<>();
    private final Map<Long, String> schemeOfProject = new HashMap<>();
    private final Map<String, Set<RaidCustomField>> screenFields = new LinkedHashMap<>();
    private final Map<Long, Map<String, Set<ScreenOperation>>> screensOfProject = new HashMap<>();
    private final List<RaidSetupChange> applied = new ArrayList<>();

    /** The project uses the scheme and the screens (created empty on first use), each for all operations. */
    public InMemoryRaidSetupHost project(ProjectRef project, String scheme, String... screens) {
        schemes.computeIfAbsent(scheme, s -> new HashSet<>());
        schemeOfProject.put(project.id(), scheme);
        Map<String, Set<ScreenOperation>> uses = new LinkedHashMap<>();
        for (String screen : screens) {
            screenFields.computeIfAbsent(screen, s -> EnumSet.noneOf(RaidCustomField.class));
            uses.put(screen, EnumSet.allOf(ScreenOperation.class));
        }
        screensOfProject.put(project.id(), uses);
        return this;
    }

    /** The project uses the screen for these operations only. */
    public InMemoryRaidSetupHost screenFor(ProjectRef project, String screen, ScreenOperation... operations) {
        screenFields.computeIfAbsent(screen, s -> EnumSet.noneOf(RaidCustomField.class));
        screensOfProject.get(project.id()).put(screen, EnumSet.copyOf(List.of(operations)));
        return this;
    }

    public InMemoryRaidSetupHost withIssueType(String name) {
        issueTypes.add(name);
        return this;
    }

    /** Every change applied so far, in order. */
    public List<RaidSetupChange> applied() {
        return List.copyOf(applied);
    }

    @Override
    public RaidSetupState state(ProjectRef project) {
        String scheme = schemeOfProject.get(project.id());
        List<ProjectScreen> screens = new ArrayList<>();
        screensOfProject.get(project.id()).forEach((screen, operations) -> screens.add(new ProjectScreen(screen,
                screen, operations, screenFields.get(screen), users(screen))));
        Set<Long> schemeUsers = new HashSet<>();
        schemeOfProject.forEach((id, used) -> {
            if (used.equals(scheme)) {
                schemeUsers.add(id);
            }
        });
        return new RaidSetupState(fields, issueTypes, schemes.get(scheme), scheme, schemeUsers, screens);
    }

    private Set<Long> users(String screen) {
        Set<Long> users = new HashSet<>();
        screensOfProject.forEach((id, uses) -> {
            if (uses.containsKey(screen)) {
                users.add(id);
            }
        });
        return users;
    }

    @Override
    public void apply(Actor actor, ProjectRef project, RaidSetupChange change) {
        applied.add(change);
        if (change instanceof RaidSetupChange.CreateField create) {
            fields.add(create.field());
        } else if (change instanceof RaidSetupChange.CreateIssueType create) {
            issueTypes.add(create.issueType());
        } else if (change instanceof RaidSetupChange.AddIssueType add) {
            if (!issueTypes.contains(add.issueType())) {
                throw new IllegalStateException("no issue type " + add.issueType());
            }
            schemes.get(schemeOfProject.get(project.id())).add(add.issueType());
        } else if (change instanceof RaidSetupChange.AddFieldToScreen add) {
            if (!fields.contains(add.field())) {
                throw new IllegalStateException("no field " + add.field());
            }
            screenFields.get(add.screenId()).add(add.field());
        }
    }
}
