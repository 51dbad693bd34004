package org.pmosuite.core.raid.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;

class RaidSetupServiceTest {

    private static final Actor LEAD = new Actor("lead", "Project Lead");
    private static final Actor PM = new Actor("pm", "Project Manager");
    private static final ProjectRef PAY = new ProjectRef(11, "PAY", "Payments");
    private static final ProjectRef HR = new ProjectRef(10, "HR", "People");
    private static final ProjectRef OPS = new ProjectRef(12, "OPS", "Operations");

    private final InMemoryRaidSetupHost host = new InMemoryRaidSetupHost()
            .project(PAY, "Shared scheme", "Default Screen")
            .project(HR, "Shared scheme", "Default Screen")
            .screenFor(PAY, "Default Screen", ScreenOperation.CREATE, ScreenOperation.EDIT)
            .screenFor(PAY, "PAY: View Screen", ScreenOperation.VIEW)
            .withIssueType("Risk");
    private final AdminAccess adminAccess = new AdminAccess() {
        @Override
        public boolean isAdministrator(Actor actor) {
            return false;
        }

        @Override
        public boolean administersProject(Actor actor, ProjectRef project) {
            return actor.equals(LEAD);
        }
    };
    private final RaidSetupService service = new RaidSetupService(host,
            new ScopeResolver(actor -> List.of(HR, PAY)), adminAccess);

    @Test
    void theDryRunListsEveryChangeInOrderAndChangesNothing() {
        RaidSetupPlan plan = service.plan(LEAD, "pay");

        assertThat(plan.project()).isEqualTo(PAY);
        List<String> kinds = plan.changes().stream().map(RaidSetupChange::kind).toList();
        assertThat(kinds.subList(0, 12)).containsOnly("createField");
        // Risk exists already; the other three are created, and all four added to the scheme.
        assertThat(plan.changes()).filteredOn(RaidSetupChange.CreateIssueType.class::isInstance)
                .extracting(change -> ((RaidSetupChange.CreateIssueType) change).issueType())
                .containsExactly("Assumption", "Issue", "Dependency");
        assertThat(plan.changes()).filteredOn(RaidSetupChange.AddIssueType.class::isInstance).hasSize(4);
        // PAY creates and edits on the shared screen: the eleven editable fields; it views on its own screen: all
        // twelve, the calculated score too.
        assertThat(plan.changes()).filteredOn(change -> change instanceof RaidSetupChange.AddFieldToScreen add
                && add.screenId().equals("Default Screen")).hasSize(11)
                .noneMatch(change -> ((RaidSetupChange.AddFieldToScreen) change).field() == RaidCustomField.SCORE);
        assertThat(plan.changes()).filteredOn(change -> change instanceof RaidSetupChange.AddFieldToScreen add
                && add.screenId().equals("PAY: View Screen")).hasSize(12);
        assertThat(host.applied()).isEmpty();
    }

    @Test
    void warnsWhenAChangeReachesOtherProjects() {
        RaidSetupPlan plan = service.plan(LEAD, "PAY");

        RaidSetupChange addToShared = plan.changes().stream()
                .filter(change -> change instanceof RaidSetupChange.AddFieldToScreen add
                        && add.screenId().equals("Default Screen")).findFirst().orElseThrow();
        assertThat(addToShared.messageKey()).isEqualTo("pmo.raid.setup.change.addfield.shared");
        assertThat(addToShared.arguments()).containsExactly("RAID Type", "Default Screen", 1);
        RaidSetupChange addToOwn = plan.changes().stream()
                .filter(change -> change instanceof RaidSetupChange.AddFieldToScreen add
                        && add.screenId().equals("PAY: View Screen")).findFirst().orElseThrow();
        assertThat(addToOwn.messageKey()).isEqualTo("pmo.raid.setup.change.addfield");
        RaidSetupChange scheme = plan.changes().stream()
                .filter(RaidSetupChange.AddIssueType.class::isInstance).findFirst().orElseThrow();
        assertThat(scheme.messageKey()).isEqualTo("pmo.raid.setup.change.addissuetype.shared");
    }

    @Test
    void aProjectTheViewerCannotBrowseIsNotCountedAmongThoseAChangeReaches() {
        host.project(OPS, "Shared scheme", "Default Screen");

        RaidSetupPlan plan = service.plan(LEAD, "PAY");

        // OPS uses the shared screen and scheme too, but the lead may not browse it: it is not even counted.
        RaidSetupChange addToShared = plan.changes().stream()
                .filter(change -> change instanceof RaidSetupChange.AddFieldToScreen add
                        && add.screenId().equals("Default Screen")).findFirst().orElseThrow();
        assertThat(addToShared.arguments()).containsExactly("RAID Type", "Default Screen", 1);
        assertThat(plan.changes()).filteredOn(RaidSetupChange.AddIssueType.class::isInstance)
                .allSatisfy(change -> assertThat(change.arguments().get(2)).isEqualTo(1));
        assertThat(RaidSetupPlan.of(PAY, host.state(PAY)).changes()).filteredOn(change ->
                change instanceof RaidSetupChange.AddFieldToScreen add && add.screenId().equals("Default Screen"))
                .allSatisfy(change -> assertThat(change.arguments().get(2)).as("the host's own count").isEqualTo(2));
    }

    @Test
    void applyMakesExactlyThePlannedChangesAndASecondRunChangesNothing() {
        RaidSetupPlan plan = service.plan(LEAD, "PAY");

        RaidSetupReport report = service.apply(LEAD, "PAY", plan.fingerprint());

        assertThat(report.applied()).isEqualTo(plan.changes());
        assertThat(host.applied()).isEqualTo(plan.changes());
        assertThat(report.remaining().isEmpty()).isTrue();

        RaidSetupPlan again = service.plan(LEAD, "PAY");
        assertThat(again.isEmpty()).isTrue();
        RaidSetupReport second = service.apply(LEAD, "PAY", again.fingerprint());
        assertThat(second.applied()).isEmpty();
        assertThat(host.applied()).hasSize(plan.changes().size());
    }

    @Test
    void theSharedScreenIsAlreadyDoneForTheNextProjectSaveWhatItUsesItForBeyond() {
        service.apply(LEAD, "PAY", service.plan(LEAD, "PAY").fingerprint());

        // HR views issues on the shared screen too, so it needs the score there; the rest is in place.
        assertThat(service.plan(LEAD, "HR").changes()).containsExactly(
                new RaidSetupChange.AddFieldToScreen(RaidCustomField.SCORE, "Default Screen", "Default Screen", 2));
    }

    @Test
    void aPlanThatChangedSinceTheDryRunIsRefusedAndNothingChanges() {
        RaidSetupPlan reviewed = service.plan(LEAD, "PAY");
        host.withIssueType("Dependency");

        StaleRaidSetupPlanException stale = catchThrowableOfType(StaleRaidSetupPlanException.class,
                () -> service.apply(LEAD, "PAY", reviewed.fingerprint()));

        assertThat(stale.current().fingerprint()).isNotEqualTo(reviewed.fingerprint());
        assertThat(stale.current().changes()).hasSize(reviewed.changes().size() - 1);
        assertThat(host.applied()).isEmpty();
    }

    @Test
    void theFingerprintNamesTheChangesAndTheProject() {
        assertThat(service.plan(LEAD, "PAY").fingerprint()).isEqualTo(service.plan(LEAD, "PAY").fingerprint())
                .isNotEqualTo(service.plan(LEAD, "HR").fingerprint()).hasSize(24);
    }

    @Test
    void onlyTheProjectsAdministratorsPlanOrApply() {
        assertThatThrownBy(() -> service.plan(PM, "PAY")).isInstanceOf(RaidSetupForbiddenException.class)
                .extracting(e -> ((RaidSetupForbiddenException) e).projectKey()).isEqualTo("PAY");
        String fingerprint = service.plan(LEAD, "PAY").fingerprint();
        assertThatThrownBy(() -> service.apply(PM, "PAY", fingerprint))
                .isInstanceOf(RaidSetupForbiddenException.class);
        assertThat(host.applied()).isEmpty();
    }

    @Test
    void aProjectTheActorCannotBrowseIsNotFound() {
        assertThatThrownBy(() -> service.plan(LEAD, OPS.key())).isInstanceOf(ProjectNotVisibleException.class);
    }

    @Test
    void aMissingProjectOrFingerprintIsAFieldError() {
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> service.plan(LEAD, " ")).errors())
                .extracting(e -> e.field()).containsExactly("project");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> service.apply(LEAD, "PAY", null))
                .errors()).extracting(e -> e.field()).containsExactly("fingerprint");
        assertThat(host.applied()).isEmpty();
    }
}
