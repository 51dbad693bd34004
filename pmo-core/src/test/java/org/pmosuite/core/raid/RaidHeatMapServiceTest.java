package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;

class RaidHeatMapServiceTest {

    private static final Actor LEAD = new Actor("lead", "Lead");
    private static final Actor MANAGER = new Actor("pm", "Manager");

    /** Fake store: entries per project, counted only within the scope it is asked about. */
    private final Map<String, List<RaidCellCount>> entriesByProject = Map.of(
            "PAY", List.of(new RaidCellCount(5, 5, 2), new RaidCellCount(1, 1, 1)),
            "HR", List.of(new RaidCellCount(5, 5, 10)));
    private final List<IssueScope> askedScopes = new ArrayList<>();

    private final RaidFacts facts = (actor, scope, types) -> {
        askedScopes.add(scope);
        return scope.projectKeys().stream().flatMap(key -> entriesByProject.getOrDefault(key, List.of()).stream())
                .toList();
    };
    private final ProjectAccess access = actor -> actor.equals(LEAD)
            ? List.of(new ProjectRef(10, "HR", "People"), new ProjectRef(11, "PAY", "Payments"))
            : List.of(new ProjectRef(11, "PAY", "Payments"));
    private final InMemoryRiskMatrixRepository matrices = new InMemoryRiskMatrixRepository();
    private final RiskMatrixService riskMatrices = new RiskMatrixService(matrices, new EnglishRiskMatrixTexts());
    private final RaidHeatMapService service = new RaidHeatMapService(facts, new ScopeResolver(access), riskMatrices);

    @Test
    void portfolioMapCoversEveryBrowsableProject() {
        RaidHeatMapReport report = service.heatMap(LEAD, RaidHeatMapQuery.parse(List.of(), List.of()));

        assertThat(report.projects()).extracting(ProjectRef::key).containsExactly("HR", "PAY");
        assertThat(report.heatMap().cell(5, 5).count()).isEqualTo(12);
    }

    @Test
    void restrictedActorNeverCountsProjectsTheyCannotBrowse() {
        RaidHeatMapReport report = service.heatMap(MANAGER, RaidHeatMapQuery.parse(List.of(), List.of()));

        assertThat(report.projects()).extracting(ProjectRef::key).containsExactly("PAY");
        assertThat(report.heatMap().cell(5, 5).count()).isEqualTo(2);
        assertThat(askedScopes).allSatisfy(scope -> assertThat(scope.projectKeys()).containsExactly("PAY"));
    }

    @Test
    void namingAProjectTheActorCannotBrowseIsRefusedWithoutAsking() {
        assertThatThrownBy(() -> service.heatMap(MANAGER, RaidHeatMapQuery.parse(List.of("HR"), List.of())))
                .isInstanceOf(ProjectNotVisibleException.class)
                .extracting(e -> ((ProjectNotVisibleException) e).projectKey()).isEqualTo("HR");
        assertThat(askedScopes).isEmpty();
    }

    @Test
    void anActorWhoMayBrowseNothingGetsAnEmptyMapAndNoSearch() {
        RaidHeatMapService none = new RaidHeatMapService(facts, new ScopeResolver(actor -> List.of()),
                riskMatrices);

        RaidHeatMapReport report = none.heatMap(MANAGER, RaidHeatMapQuery.parse(List.of(), List.of()));

        assertThat(report.heatMap().total()).isZero();
        assertThat(report.projects()).isEmpty();
        assertThat(askedScopes).isEmpty();
    }

    @Test
    void passesTheRequestedTypesToTheStore() {
        List<Set<RaidType>> askedTypes = new ArrayList<>();
        RaidHeatMapService typed = new RaidHeatMapService((actor, scope, types) -> {
            askedTypes.add(types);
            return List.of();
        }, new ScopeResolver(access), riskMatrices);

        typed.heatMap(LEAD, RaidHeatMapQuery.parse(List.of("PAY"), List.of("RISK")));

        assertThat(askedTypes).containsExactly(Set.of(RaidType.RISK));
    }

    @Test
    void withNothingConfiguredTheMapIsDrawnOnTheStandardMatrix() {
        RaidHeatMapReport report = service.heatMap(LEAD, RaidHeatMapQuery.parse(List.of(), List.of()));

        assertThat(report.matrix().source()).isEqualTo(EffectiveRiskMatrix.Source.STANDARD);
        assertThat(report.heatMap().matrix()).isEqualTo(EnglishRiskMatrixTexts.standard(5));
    }

    @Test
    void aPortfolioMapIsDrawnOnThePortfolioDefault() {
        matrices.savePortfolioDefault(EnglishRiskMatrixTexts.standard(4), 0, LEAD);
        matrices.saveForProject(11, EnglishRiskMatrixTexts.standard(3), 0, LEAD);

        RaidHeatMapReport report = service.heatMap(LEAD, RaidHeatMapQuery.parse(List.of(), List.of()));

        assertThat(report.matrix().source()).isEqualTo(EffectiveRiskMatrix.Source.PORTFOLIO);
        assertThat(report.heatMap().size().value()).isEqualTo(4);
        assertThat(report.heatMap().cell(4, 4).count()).isZero();
        assertThat(report.heatMap().unrated()).isEqualTo(12);
    }

    @Test
    void aProjectMapIsDrawnOnThatProjectsOwnMatrix() {
        matrices.savePortfolioDefault(EnglishRiskMatrixTexts.standard(4), 0, LEAD);
        matrices.saveForProject(11, EnglishRiskMatrixTexts.standard(3), 0, LEAD);

        RaidHeatMapReport report = service.heatMap(LEAD, RaidHeatMapQuery.parse(List.of("PAY"), List.of()));

        assertThat(report.matrix().source()).isEqualTo(EffectiveRiskMatrix.Source.PROJECT);
        assertThat(report.heatMap().matrix()).isEqualTo(EnglishRiskMatrixTexts.standard(3));
        assertThat(report.heatMap().cell(1, 1).count()).isEqualTo(1);
        assertThat(report.heatMap().unrated()).isEqualTo(2);
    }

    @Test
    void aMapOverTheOnlyBrowsableProjectIsDrawnOnThatProjectsMatrix() {
        matrices.saveForProject(11, EnglishRiskMatrixTexts.standard(3), 0, LEAD);

        RaidHeatMapReport report = service.heatMap(MANAGER, RaidHeatMapQuery.parse(List.of(), List.of()));

        assertThat(report.matrix().source()).isEqualTo(EffectiveRiskMatrix.Source.PROJECT);
    }
}
