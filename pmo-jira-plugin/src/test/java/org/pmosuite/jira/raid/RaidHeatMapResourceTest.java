package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.raid.RaidCellCount;
import org.pmosuite.core.raid.RaidFacts;
import org.pmosuite.core.raid.EnglishRiskMatrixTexts;
import org.pmosuite.core.raid.ExposureBand;
import org.pmosuite.core.raid.InMemoryRiskMatrixRepository;
import org.pmosuite.core.raid.RaidHeatMapService;
import org.pmosuite.core.raid.RiskMatrix;
import org.pmosuite.core.raid.RiskMatrixService;
import org.pmosuite.core.raid.RiskMatrixSize;
import org.pmosuite.core.raid.ScoreBand;
import org.pmosuite.jira.platform.ErrorCollection;

class RaidHeatMapResourceTest {

    private static final Actor PM = new Actor("pm", "Pat");

    private final RaidFacts facts = (actor, scope, types) -> scope.projectKeys().contains("PAY")
            ? List.of(new RaidCellCount(5, 5, 2), new RaidCellCount(2, 3, 4), new RaidCellCount(0, 0, 1))
            : List.of();
    private final ProjectAccess access = actor -> List.of(new ProjectRef(10001L, "PAY", "Payments"));
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final InMemoryRiskMatrixRepository matrices = new InMemoryRiskMatrixRepository();

    @Test
    void returnsTheMatrixOfBrowsableProjects() {
        Response response = resource(Optional.of(PM)).heatMap(List.of(), List.of(), null);

        assertThat(response.getStatus()).isEqualTo(200);
        RaidHeatMapJson body = (RaidHeatMapJson) response.getEntity();
        assertThat(body.size()).isEqualTo(5);
        assertThat(body.projects()).containsExactly(new RaidHeatMapJson.Project("PAY", "Payments"));
        assertThat(body.rows().get(0).get(4)).isEqualTo(new RaidHeatMapJson.Cell(5, 5, 2, 25, "CRITICAL"));
        assertThat(body.rows().get(3).get(2)).isEqualTo(new RaidHeatMapJson.Cell(2, 3, 4, 6, "MEDIUM"));
        assertThat(body.rated()).isEqualTo(6);
        assertThat(body.unrated()).isEqualTo(1);
        assertThat(body.total()).isEqualTo(7);
        assertThat(body.bands()).containsEntry("CRITICAL", 2L).containsEntry("MEDIUM", 4L);
        assertThat(response.getHeaderString("Cache-Control")).contains("no-store");
    }

    @Test
    void anonymousCallersGet401() {
        when(i18n.getText(anyString())).thenReturn("You must log in to see this.");

        Response response = resource(Optional.empty()).heatMap(List.of(), List.of(), null);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(((ErrorCollection) response.getEntity()).errorMessages())
                .containsExactly("You must log in to see this.");
    }

    @Test
    void invalidParametersAreRejectedBeforeAnyCounting() {
        assertThatThrownBy(() -> resource(Optional.of(PM)).heatMap(List.of(), List.of("BOGUS"), null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aSizeAskedForIsRefusedBecauseTheConfiguredMatrixDecides() {
        assertThatThrownBy(() -> resource(Optional.of(PM)).heatMap(List.of(), List.of(), "3"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("size"));
    }

    @Test
    void aProjectOutOfSightIsRefused() {
        assertThatThrownBy(() -> resource(Optional.of(PM)).heatMap(List.of("HR"), List.of(), null))
                .isInstanceOf(ProjectNotVisibleException.class);
    }

    @Test
    void reportsWhichTypesWereCounted() {
        RaidHeatMapJson body = (RaidHeatMapJson) resource(Optional.of(PM))
                .heatMap(List.of("pay"), List.of("risk", "issue"), null).getEntity();

        assertThat(body.types()).containsExactly("ISSUE", "RISK");
    }

    @Test
    void drawsTheProjectsConfiguredMatrixWithItsLabelsAndBands() {
        RiskMatrix threeByThree = new RiskMatrix(new RiskMatrixSize(3), List.of("Low", "Mid", "High"),
                List.of("Dent", "Damage", "Disaster"), List.of(new ScoreBand(ExposureBand.LOW, "Fine", 1, "#00ff00"),
                        new ScoreBand(ExposureBand.CRITICAL, "Act now", 5, "#ff0000")));
        matrices.saveForProject(10001L, threeByThree, 0, PM);

        RaidHeatMapJson body = (RaidHeatMapJson) resource(Optional.of(PM)).heatMap(List.of("PAY"), List.of(), null)
                .getEntity();

        assertThat(body.size()).isEqualTo(3);
        assertThat(Set.copyOf(body.rows().get(0))).hasSize(3);
        assertThat(body.matrix().probabilityLabels()).containsExactly("Low", "Mid", "High");
        assertThat(body.matrix().source()).isEqualTo("PROJECT");
        assertThat(body.matrix().bands()).extracting(RiskMatrixJson.Band::label, RiskMatrixJson.Band::maxScore)
                .containsExactly(tuple("Fine", 4), tuple("Act now", 9));
        assertThat(body.rows().get(1).get(1).band()).as("2x2 = 4 is still Fine").isEqualTo("LOW");
        assertThat(body.bands().keySet()).containsExactly("LOW", "CRITICAL");
    }

    private RaidHeatMapResource resource(Optional<Actor> actor) {
        return new RaidHeatMapResource(new RaidHeatMapService(facts, new ScopeResolver(access),
                new RiskMatrixService(matrices, new EnglishRiskMatrixTexts())), () -> actor, i18n);
    }
}
