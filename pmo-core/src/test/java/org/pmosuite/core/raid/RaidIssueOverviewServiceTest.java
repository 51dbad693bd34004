package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmosuite.core.raid.RaidEntryBuilder.entry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.raid.RiskMatrixDraft.BandDraft;

class RaidIssueOverviewServiceTest {

    private static final Actor PM = new Actor("pm", "Project Manager");
    private static final ProjectRef PAY = new ProjectRef(11, "PAY", "Payments");
    private static final ProjectRef PLAT = new ProjectRef(12, "PLAT", "Platform");
    private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    private final RiskMatrixService riskMatrices = new RiskMatrixService(
            new InMemoryRiskMatrixRepository(Clock.fixed(NOW, ZoneOffset.UTC)), new EnglishRiskMatrixTexts());
    private final ScopeResolver scope = new ScopeResolver(actor -> List.of(PAY, PLAT));

    private RaidIssueOverviewService serviceOver(List<RaidEntry> stored, Set<String> hidden) {
        InMemoryRaidEntries entries = new InMemoryRaidEntries(Clock.fixed(NOW, ZoneOffset.UTC), hidden);
        stored.forEach(entries::store);
        RaidLogService log = new RaidLogService(new InMemoryRaidLog(stored, hidden), scope, riskMatrices);
        return new RaidIssueOverviewService(entries, log, scope, riskMatrices);
    }

    @Test
    void anEntryIsReadOnItsOwnProjectsMatrixWithItsBadges() {
        List<String> levels = List.of("Low", "Medium", "High");
        riskMatrices.saveForProject(PAY, new RiskMatrixDraft(3, levels, levels, List.of(
                new BandDraft("LOW", "Fine", 1, "#36b37e"), new BandDraft("CRITICAL", "Act", 6, "#de350b"))), 0, PM);
        RaidIssueOverviewService service = serviceOver(List.of(
                entry("PAY-1").rated(2, 3).reviewDate("2025-03-01").build()), Set.of());

        RaidIssueOverview overview = service.overview(PM, " pay-1 ", TODAY);

        assertThat(overview.issueKey()).isEqualTo("PAY-1");
        assertThat(overview.matrix().source()).isEqualTo(EffectiveRiskMatrix.Source.PROJECT);
        RaidLogRow row = overview.ownEntry().orElseThrow();
        assertThat(row.score()).isEqualTo(6);
        assertThat(row.band().key()).isEqualTo(ExposureBand.CRITICAL);
        assertThat(row.attention().reasons()).extracting(AttentionReason::policy)
                .containsExactly("REVIEW_OVERDUE", "RESPONSE_MISSING");
        assertThat(overview.isEmpty()).isFalse();
    }

    @Test
    void listsTheOpenEntriesOfEveryProjectThatDependOnTheIssueSoonestFirst() {
        RaidIssueOverviewService service = serviceOver(List.of(
                entry("PLAT-1").summary("Card vault").type(RaidType.ISSUE).build(),
                entry("PAY-1").type(RaidType.DEPENDENCY).dependsOn("PLAT-1", false).proximity("2025-04-01").build(),
                entry("PAY-2").type(RaidType.DEPENDENCY).dependsOn("PLAT-1", false).proximity("2025-03-20")
                        .needBy("2025-03-05").build(),
                entry("PAY-3").type(RaidType.DEPENDENCY).dependsOn("PLAT-1", false).closed("Done").build(),
                entry("PAY-4").type(RaidType.DEPENDENCY).dependsOn("PLAT-2", false).build(),
                entry("PAY-5").type(RaidType.DEPENDENCY).dependsOn("PLAT-1", false).build()),
                Set.of("PAY-5"));

        RaidIssueOverview overview = service.overview(PM, "PLAT-1", TODAY);

        assertThat(overview.dependents()).extracting(row -> row.entry().issueKey()).containsExactly("PAY-2", "PAY-1");
        assertThat(overview.dependentsTotal()).isEqualTo(2);
        assertThat(overview.dependents().get(0).attention().reasons()).extracting(AttentionReason::policy)
                .containsExactly("DEPENDENCY_LATE");
        assertThat(overview.ownEntry()).map(row -> row.entry().summary()).contains("Card vault");
        assertThat(overview.hasMoreDependents()).isFalse();
    }

    @Test
    void listsTheFirstDependentsAndCountsThemAll() {
        List<RaidEntry> stored = new ArrayList<>();
        IntStream.rangeClosed(1, 13).forEach(n -> stored.add(entry("PAY-" + n).type(RaidType.DEPENDENCY)
                .dependsOn("PLAT-9", false).build()));

        RaidIssueOverview overview = serviceOver(stored, Set.of()).overview(PM, "PLAT-9", TODAY);

        assertThat(overview.dependents()).hasSize(RaidIssueOverviewService.DEPENDENTS_SHOWN);
        assertThat(overview.dependentsTotal()).isEqualTo(13);
        assertThat(overview.hasMoreDependents()).isTrue();
        assertThat(overview.ownEntry()).isEmpty();
    }

    @Test
    void aHiddenIssueAMalformedKeyAndAPlainIssueShowNothing() {
        RaidIssueOverviewService service = serviceOver(List.of(entry("PAY-1").rated(5, 5).build()),
                Set.of("PAY-1"));

        assertThat(service.overview(PM, "PAY-1", TODAY).isEmpty()).isTrue();
        assertThat(service.overview(PM, "PAY-2", TODAY).isEmpty()).isTrue();
        assertThat(service.overview(PM, "not a key", TODAY).isEmpty()).isTrue();
        assertThat(service.overview(PM, null, TODAY).issueKey()).isEmpty();
    }

    @Test
    void anEntryInAProjectTheActorMayNoLongerBrowseIsNotShown() {
        InMemoryRaidEntries entries = new InMemoryRaidEntries(Clock.fixed(NOW, ZoneOffset.UTC), Set.of());
        entries.store(entry("OPS-1").rated(5, 5).build());
        RaidIssueOverviewService service = new RaidIssueOverviewService(entries,
                new RaidLogService(new InMemoryRaidLog(List.of()), scope, riskMatrices), scope, riskMatrices);

        assertThat(service.overview(PM, "OPS-1", TODAY).ownEntry()).isEmpty();
    }
}
