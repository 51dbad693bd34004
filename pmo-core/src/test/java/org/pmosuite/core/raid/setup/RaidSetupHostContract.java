package org.pmosuite.core.raid.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidType;

/**
 * What every {@link RaidSetupHost} must do. The adapter under test starts with two projects, {@link #first()} and
 * {@link #second()}, that know nothing of RAID: no RAID field and no RAID issue type exists, and each project uses
 * at least one screen of its own.
 */
public abstract class RaidSetupHostContract {

    protected static final Actor ADMIN = new Actor("admin", "Administrator");

    protected abstract RaidSetupHost host();

    protected abstract ProjectRef first();

    protected abstract ProjectRef second();

    private void applyPlan(ProjectRef project) {
        for (RaidSetupChange change : RaidSetupPlan.of(project, host().state(project)).changes()) {
            host().apply(ADMIN, project, change);
        }
    }

    @Test
    void aBareProjectNeedsEveryFieldAndIssueType() {
        RaidSetupState state = host().state(first());

        assertThat(state.existingFields()).isEmpty();
        assertThat(state.projectIssueTypes()).doesNotContain("Risk", "Assumption", "Issue", "Dependency");
        assertThat(state.screens()).isNotEmpty();
        assertThat(state.screens()).allSatisfy(screen -> assertThat(screen.fields()).isEmpty());
    }

    @Test
    void applyingThePlanLeavesNothingToDo() {
        applyPlan(first());

        RaidSetupState state = host().state(first());
        assertThat(RaidSetupPlan.of(first(), state).changes()).isEmpty();
        assertThat(state.existingFields()).isEqualTo(EnumSet.allOf(RaidCustomField.class));
        for (RaidType type : RaidType.values()) {
            assertThat(state.projectIssueTypes()).contains(RaidSetupPlan.issueTypeName(type));
        }
        assertThat(state.screens()).allSatisfy(screen -> {
            assertThat(screen.fields()).contains(RaidCustomField.CATEGORY, RaidCustomField.PROBABILITY);
            if (screen.operations().contains(ScreenOperation.VIEW)) {
                assertThat(screen.fields()).contains(RaidCustomField.SCORE);
            } else {
                assertThat(screen.fields()).doesNotContain(RaidCustomField.SCORE);
            }
        });
    }

    @Test
    void applyingAChangeTwiceChangesNothingMore() {
        RaidSetupPlan plan = RaidSetupPlan.of(first(), host().state(first()));
        for (RaidSetupChange change : plan.changes()) {
            host().apply(ADMIN, first(), change);
        }
        RaidSetupState once = host().state(first());

        for (RaidSetupChange change : plan.changes()) {
            host().apply(ADMIN, first(), change);
        }

        assertThat(host().state(first())).isEqualTo(once);
    }

    @Test
    void fieldsAndIssueTypesOnceCreatedServeTheNextProject() {
        applyPlan(first());

        RaidSetupPlan second = RaidSetupPlan.of(second(), host().state(second()));

        assertThat(second.changes()).noneMatch(change -> change instanceof RaidSetupChange.CreateField
                || change instanceof RaidSetupChange.CreateIssueType);
        assertThat(second.changes()).anyMatch(change -> change instanceof RaidSetupChange.AddFieldToScreen);
    }
}
