package org.pmosuite.core.raid.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidType;

/**
 * What RAID setup would change in a project, in the order it applies the changes: fields, then issue types, then
 * the fields on each screen. An empty plan means the project is ready; planning again after applying a plan gives
 * an empty one.
 *
 * @param fingerprint names exactly this list of changes: applying asks for it, so what is applied is what was shown
 */
public record RaidSetupPlan(ProjectRef project, List<RaidSetupChange> changes, String fingerprint) {

    public RaidSetupPlan {
        changes = List.copyOf(changes);
    }

    /** The issue type a RAID entry of this kind is recorded as, e.g. "Risk". */
    public static String issueTypeName(RaidType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The changes that take the project from {@code state} to ready for RAID, as a viewer who may browse these
     * projects is told them: a shared scheme or screen names how many of those projects it reaches too, never a
     * count that would reveal projects they cannot see.
     *
     * @param browsable the ids of the projects the viewer may browse
     */
    public static RaidSetupPlan of(ProjectRef project, RaidSetupState state, Set<Long> browsable) {
        return plan(project, state, ids -> (int) ids.stream().filter(browsable::contains).count());
    }

    /** The changes, counting every project that shares a scheme or screen: for the host's own use, not for people. */
    public static RaidSetupPlan of(ProjectRef project, RaidSetupState state) {
        return plan(project, state, Set::size);
    }

    private static RaidSetupPlan plan(ProjectRef project, RaidSetupState state, ToIntFunction<Set<Long>> users) {
        List<RaidSetupChange> changes = new ArrayList<>();
        for (RaidCustomField field : RaidCustomField.values()) {
            if (!state.existingFields().contains(field)) {
                changes.add(new RaidSetupChange.CreateField(field));
            }
        }
        for (RaidType type : RaidType.values()) {
            String name = issueTypeName(type);
            if (!state.existingIssueTypes().contains(name)) {
                changes.add(new RaidSetupChange.CreateIssueType(name));
            }
            if (!state.projectIssueTypes().contains(name)) {
                changes.add(new RaidSetupChange.AddIssueType(name, state.issueTypeScheme(),
                        Math.max(1, users.applyAsInt(state.schemeProjectIds()))));
            }
        }
        for (ProjectScreen screen : state.screens()) {
            for (RaidCustomField field : RaidCustomField.values()) {
                boolean wanted = field.screens().stream().anyMatch(screen.operations()::contains);
                if (wanted && !screen.fields().contains(field)) {
                    changes.add(new RaidSetupChange.AddFieldToScreen(field, screen.id(), screen.name(),
                            Math.max(1, users.applyAsInt(screen.projectIds()))));
                }
            }
        }
        return new RaidSetupPlan(project, changes, fingerprint(project, changes));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static String fingerprint(ProjectRef project, List<RaidSetupChange> changes) {
        StringBuilder text = new StringBuilder(project.key());
        for (RaidSetupChange change : changes) {
            text.append('\n').append(change);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
