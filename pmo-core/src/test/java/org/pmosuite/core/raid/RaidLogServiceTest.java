package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmosuite.core.raid.RaidEntryBuilder.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.raid.EffectiveRiskMatrix.Source;

class RaidLogServiceTest {

    private static final Actor LEAD = new Actor("lead", "PMO Lead");
    private static final Actor NOBODY = new Actor("nobody", "Browses nothing");
    private static final ProjectRef PAY = new ProjectRef(11, "PAY", "Payments");
    private static final ProjectRef HR = new ProjectRef(10, "HR", "People");
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    private final RaidLog log = new InMemoryRaidLog(List.of(
            entry("PAY-1").rated(5, 5).build(),
            entry("PAY-2").rated(1, 2).responsePlan("Watch").build(),
            entry("HR-1").rated(3, 4).reviewDate("2025-03-01").build(),
            entry("OPS-1").rated(5, 5).build()));
    private final RiskMatrixService riskMatrices = new RiskMatrixService(new InMemoryRiskMatrixRepository(),
            new EnglishRiskMatrixTexts());
    private final RaidLogService service = new RaidLogService(log,
            new ScopeResolver(actor -> actor.equals(LEAD) ? List.of(HR, PAY) : List.of()), riskMatrices);

    @Test
    void theRegisterCoversEveryBrowsableProjectWithBadgesAndBands() {
        RaidLogReport report = service.page(LEAD, RaidLogQuery.defaults(), TODAY);

        assertThat(report.projects()).containsExactly(HR, PAY);
        assertThat(report.matrix().source()).isEqualTo(Source.STANDARD);
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.rows()).extracting(row -> row.entry().issueKey()).containsExactly("PAY-1", "HR-1", "PAY-2");
        RaidLogRow top = report.rows().get(0);
        assertThat(top.score()).isEqualTo(25);
        assertThat(top.band().key()).isEqualTo(ExposureBand.CRITICAL);
        assertThat(top.attention().reasons()).extracting(AttentionReason::policy).containsExactly("RESPONSE_MISSING");
        assertThat(report.rows().get(2).attention().any()).isFalse();
    }

    @Test
    void aProjectsLogIsReadOnThatProjectsMatrix() {
        RaidLogReport report = service.page(LEAD, RaidLogQuery.parse(Map.of("project", List.of("hr"))), TODAY);

        assertThat(report.projects()).containsExactly(HR);
        assertThat(report.matrix().inherited()).isTrue();
        assertThat(report.rows()).extracting(row -> row.entry().issueKey()).containsExactly("HR-1");
    }

    @Test
    void groupsByProjectAreNamedAsTheActorSeesTheProjectsAndNeedAGroupingToExist() {
        List<RaidLogGroup> groups = service.groups(LEAD, RaidLogQuery.parse(Map.of("group", List.of("project"))),
                TODAY);

        assertThat(groups).extracting(RaidLogGroup::key, RaidLogGroup::name, RaidLogGroup::total,
                RaidLogGroup::needingAttention).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HR", "People", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("PAY", "Payments", 2L, 1L));
        assertThat(service.groups(LEAD, RaidLogQuery.defaults(), TODAY)).isEmpty();
        assertThat(service.groups(NOBODY, RaidLogQuery.parse(Map.of("group", List.of("owner"))), TODAY)).isEmpty();
    }

    @Test
    void aProjectTheActorMayNotBrowseIsRefused() {
        assertThatThrownBy(() -> service.page(LEAD, RaidLogQuery.parse(Map.of("project", List.of("OPS"))), TODAY))
                .isInstanceOf(ProjectNotVisibleException.class);
    }

    @Test
    void anActorWhoBrowsesNothingSeesAnEmptyLogAndCountsNothing() {
        RaidLogReport report = service.page(NOBODY, RaidLogQuery.defaults(), TODAY);

        assertThat(report.rows()).isEmpty();
        assertThat(report.total()).isZero();
        assertThat(service.countNeedingAttention(NOBODY, List.of(), TODAY)).isZero();
    }

    @Test
    void countsTheEntriesNeedingAttentionOverBrowsableProjects() {
        assertThat(service.countNeedingAttention(LEAD, List.of(), TODAY)).isEqualTo(2);
        assertThat(service.countNeedingAttention(LEAD, List.of("PAY"), TODAY)).isEqualTo(1);
    }

    @Test
    void aCellOffTheScopesMatrixIsRefused() {
        riskMatrices.savePortfolioDefault(RiskMatrixDraft.of(EnglishRiskMatrixTexts.standard(3)), 0, LEAD);

        assertThatThrownBy(() -> service.page(LEAD, RaidLogQuery.parse(Map.of("cell", List.of("5x5"))), TODAY))
                .isInstanceOf(InvalidRequestException.class);
    }
}
