package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.StaleVersionException;
import org.pmosuite.core.raid.EffectiveRiskMatrix.Source;
import org.pmosuite.core.raid.RiskMatrixDraft.BandDraft;

class RiskMatrixServiceTest {

    private static final Actor PMO_LEAD = new Actor("pmo-lead", "PMO Lead");
    private static final ProjectRef PAY = new ProjectRef(11, "PAY", "Payments");
    private static final ProjectRef HR = new ProjectRef(10, "HR", "People");
    private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");

    private final InMemoryRiskMatrixRepository repository =
            new InMemoryRiskMatrixRepository(Clock.fixed(NOW, ZoneOffset.UTC));
    private final RiskMatrixService service = new RiskMatrixService(repository, new EnglishRiskMatrixTexts());

    private static RiskMatrixDraft threeByThree(String highLabel) {
        List<String> levels = List.of("Low", "Medium", "High");
        return new RiskMatrixDraft(3, levels, levels, List.of(
                new BandDraft("LOW", "Fine", 1, "#36B37E"),
                new BandDraft("HIGH", highLabel, 4, "#de350b")));
    }

    @Test
    void withNothingConfiguredThePortfolioUsesTheStandardFiveByFiveMatrix() {
        EffectiveRiskMatrix matrix = service.portfolioDefault();

        assertThat(matrix.matrix()).isEqualTo(EnglishRiskMatrixTexts.standard(5));
        assertThat(matrix.source()).isEqualTo(Source.STANDARD);
        assertThat(matrix.version()).isZero();
        assertThat(matrix.inherited()).isFalse();
        assertThat(matrix.updatedBy()).isNull();
        assertThat(matrix.updatedAt()).isNull();
    }

    @Test
    void withNothingConfiguredAProjectInheritsTheStandardMatrix() {
        EffectiveRiskMatrix matrix = service.forProject(PAY);

        assertThat(matrix.source()).isEqualTo(Source.STANDARD);
        assertThat(matrix.inherited()).isTrue();
        assertThat(matrix.matrix()).isEqualTo(EnglishRiskMatrixTexts.standard(5));
    }

    @Test
    void aProjectWithoutItsOwnMatrixInheritsThePortfolioDefault() {
        service.savePortfolioDefault(threeByThree("Act"), 0, PMO_LEAD);

        EffectiveRiskMatrix matrix = service.forProject(PAY);

        assertThat(matrix.source()).isEqualTo(Source.PORTFOLIO);
        assertThat(matrix.inherited()).isTrue();
        assertThat(matrix.version()).isEqualTo(1);
        assertThat(matrix.updatedBy()).isEqualTo("pmo-lead");
        assertThat(matrix.updatedAt()).isEqualTo(NOW);
        assertThat(matrix.matrix().bandOf(9).label()).isEqualTo("Act");
    }

    @Test
    void aProjectOverrideWinsOverTheDefaultForThatProjectOnly() {
        service.savePortfolioDefault(threeByThree("Portfolio"), 0, PMO_LEAD);
        service.saveForProject(PAY, threeByThree("Payments"), 0, PMO_LEAD);

        EffectiveRiskMatrix pay = service.forProject(PAY);

        assertThat(pay.source()).isEqualTo(Source.PROJECT);
        assertThat(pay.inherited()).isFalse();
        assertThat(pay.matrix().bandOf(9).label()).isEqualTo("Payments");
        assertThat(service.forProject(HR).matrix().bandOf(9).label()).isEqualTo("Portfolio");
        assertThat(service.portfolioDefault().matrix().bandOf(9).label()).isEqualTo("Portfolio");
    }

    @Test
    void aProjectOverrideWinsEvenWhileThePortfolioUsesTheStandardMatrix() {
        service.saveForProject(PAY, threeByThree("Payments"), 0, PMO_LEAD);

        assertThat(service.forProject(PAY).source()).isEqualTo(Source.PROJECT);
        assertThat(service.portfolioDefault().source()).isEqualTo(Source.STANDARD);
    }

    @Test
    void oneProjectIsShownOnItsOwnMatrixAndSeveralOnThePortfolioDefault() {
        service.savePortfolioDefault(threeByThree("Portfolio"), 0, PMO_LEAD);
        service.saveForProject(PAY, threeByThree("Payments"), 0, PMO_LEAD);

        assertThat(service.forScope(List.of(PAY)).source()).isEqualTo(Source.PROJECT);
        assertThat(service.forScope(List.of(HR)).source()).isEqualTo(Source.PORTFOLIO);
        assertThat(service.forScope(List.of(HR, PAY)).source()).isEqualTo(Source.PORTFOLIO);
        assertThat(service.forScope(List.of(HR, PAY)).inherited()).isFalse();
        assertThat(service.forScope(List.of()).source()).isEqualTo(Source.PORTFOLIO);
    }

    @Test
    void resettingAProjectReturnsItToThePortfolioDefault() {
        service.savePortfolioDefault(threeByThree("Portfolio"), 0, PMO_LEAD);
        service.saveForProject(PAY, threeByThree("Payments"), 0, PMO_LEAD);

        EffectiveRiskMatrix reset = service.resetProject(PAY, 1);

        assertThat(reset.source()).isEqualTo(Source.PORTFOLIO);
        assertThat(reset.inherited()).isTrue();
        assertThat(repository.forProject(PAY.id())).isEmpty();
    }

    @Test
    void savingAnswersTheStoredMatrixWithItsNewVersion() {
        EffectiveRiskMatrix first = service.savePortfolioDefault(threeByThree("Act"), 0, PMO_LEAD);
        EffectiveRiskMatrix second = service.savePortfolioDefault(threeByThree("Act now"), first.version(),
                PMO_LEAD);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.source()).isEqualTo(Source.PORTFOLIO);
        assertThat(second.matrix().bands().get(0).colour()).isEqualTo("#36b37e");
    }

    @Test
    void anInvalidDraftIsRefusedBeforeAnythingIsStored() {
        RiskMatrixDraft invalid = new RiskMatrixDraft(9, List.of(), List.of(), List.of());

        assertThatThrownBy(() -> service.saveForProject(PAY, invalid, 0, PMO_LEAD))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(repository.forProject(PAY.id())).isEmpty();
    }

    @Test
    void aStaleSaveIsRefused() {
        service.saveForProject(PAY, threeByThree("Payments"), 0, PMO_LEAD);

        assertThatThrownBy(() -> service.saveForProject(PAY, threeByThree("Lost update"), 0, PMO_LEAD))
                .isInstanceOf(StaleVersionException.class);
        assertThat(service.forProject(PAY).matrix().bandOf(9).label()).isEqualTo("Payments");
    }
}
