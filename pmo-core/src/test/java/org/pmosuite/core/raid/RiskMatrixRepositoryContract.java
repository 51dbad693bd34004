package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.StaleVersionException;

/**
 * What every {@link RiskMatrixRepository} adapter must mean: the fake of the domain tests and the Active Objects
 * repository of the plugin, run by the plugin and by the sandbox. Extend it and hand over an empty store.
 */
public abstract class RiskMatrixRepositoryContract {

    protected static final Actor PMO_LEAD = new Actor("pmo-lead", "PMO Lead");
    protected static final Actor PROJECT_LEAD = new Actor("project-lead", "Project Lead");
    protected static final long PAY = 10_100L;
    protected static final long HR = 10_200L;

    /** A 4x4 matrix whose every value differs from the standard one. */
    protected static final RiskMatrix CUSTOM = new RiskMatrix(new RiskMatrixSize(4),
            List.of("Remote", "Occasional", "Probable", "Frequent"),
            List.of("Cosmetic", "Marginal", "Serious", "Catastrophic"),
            List.of(new ScoreBand(ExposureBand.LOW, "Acceptable", 1, "#00875a"),
                    new ScoreBand(ExposureBand.HIGH, "Watch", 5, "#ff991f"),
                    new ScoreBand(ExposureBand.CRITICAL, "Intolerable", 13, "#bf2600")));

    /** Labels an adapter might be tempted to escape, truncate or normalise; all within the length limit. */
    protected static final RiskMatrix AWKWARD = new RiskMatrix(new RiskMatrixSize(3),
            List.of("Très peu probable", "「可能」", "<script>alert(1)</script>"),
            List.of("He said \"no\"", "O'Brien & Sons; DROP TABLE", "\uD83D\uDD25 Ωmega \u00e9\u0301"),
            List.of(new ScoreBand(ExposureBand.LOW, "<b>fine</b>", 1, "#36b37e"),
                    new ScoreBand(ExposureBand.CRITICAL, "'Ärger' \\ \"Ü\"", 4, "#de350b")));

    private RiskMatrixRepository repository;

    /** The adapter under test, over a store holding no matrix at all. */
    protected abstract RiskMatrixRepository emptyRepository() throws Exception;

    @BeforeEach
    void startEmpty() throws Exception {
        repository = emptyRepository();
    }

    @Test
    void aStoreNobodyConfiguredHoldsNoMatrix() {
        assertThat(repository.portfolioDefault()).isEmpty();
        assertThat(repository.forProject(PAY)).isEmpty();
    }

    @Test
    void readsBackEveryFieldItSaved() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        StoredRiskMatrix saved = repository.savePortfolioDefault(CUSTOM, 0, PMO_LEAD);

        Instant after = Instant.now().plusSeconds(1);
        StoredRiskMatrix read = repository.portfolioDefault().orElseThrow();
        assertThat(read.matrix()).isEqualTo(CUSTOM);
        assertThat(read.version()).isEqualTo(1).isEqualTo(saved.version());
        assertThat(read.updatedBy()).isEqualTo(PMO_LEAD.userKey()).isEqualTo(saved.updatedBy());
        assertThat(read.updatedAt()).isBetween(before, after);
        assertThat(saved.matrix()).isEqualTo(CUSTOM);
    }

    @Test
    void everySaveStoresTheNextVersion() {
        RiskMatrix standard = EnglishRiskMatrixTexts.standard(5);

        assertThat(repository.savePortfolioDefault(CUSTOM, 0, PMO_LEAD).version()).isEqualTo(1);
        assertThat(repository.savePortfolioDefault(standard, 1, PROJECT_LEAD).version()).isEqualTo(2);
        assertThat(repository.savePortfolioDefault(CUSTOM, 2, PMO_LEAD).version()).isEqualTo(3);

        StoredRiskMatrix read = repository.portfolioDefault().orElseThrow();
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.matrix()).isEqualTo(CUSTOM);
        assertThat(read.updatedBy()).isEqualTo(PMO_LEAD.userKey());
    }

    @Test
    void aSmallerMatrixReplacesALargerOneEntirely() {
        repository.savePortfolioDefault(EnglishRiskMatrixTexts.standard(5), 0, PMO_LEAD);
        repository.savePortfolioDefault(AWKWARD, 1, PMO_LEAD);

        assertThat(repository.portfolioDefault().orElseThrow().matrix()).isEqualTo(AWKWARD);
    }

    @Test
    void refusesAStaleWriteAndChangesNothing() {
        repository.savePortfolioDefault(CUSTOM, 0, PMO_LEAD);
        StoredRiskMatrix before = repository.portfolioDefault().orElseThrow();

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.savePortfolioDefault(AWKWARD, 0, PROJECT_LEAD));

        assertThat(stale.currentVersion()).isEqualTo(1);
        assertThat(stale.expectedVersion()).isZero();
        assertThat(repository.portfolioDefault()).contains(before);
    }

    @Test
    void refusesAFirstWriteThatClaimsAnEarlierSave() {
        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.saveForProject(PAY, CUSTOM, 1, PROJECT_LEAD));

        assertThat(stale.currentVersion()).isZero();
        assertThat(repository.forProject(PAY)).isEmpty();
    }

    @Test
    void aProjectOverrideIsIndependentOfTheDefaultAndOfOtherProjects() {
        repository.savePortfolioDefault(EnglishRiskMatrixTexts.standard(5), 0, PMO_LEAD);
        repository.savePortfolioDefault(EnglishRiskMatrixTexts.standard(4), 1, PMO_LEAD);

        StoredRiskMatrix pay = repository.saveForProject(PAY, CUSTOM, 0, PROJECT_LEAD);

        assertThat(pay.version()).isEqualTo(1);
        assertThat(repository.forProject(PAY).orElseThrow().matrix()).isEqualTo(CUSTOM);
        assertThat(repository.forProject(HR)).isEmpty();
        StoredRiskMatrix portfolio = repository.portfolioDefault().orElseThrow();
        assertThat(portfolio.matrix()).isEqualTo(EnglishRiskMatrixTexts.standard(4));
        assertThat(portfolio.version()).isEqualTo(2);
        assertThat(portfolio.updatedBy()).isEqualTo(PMO_LEAD.userKey());

        repository.saveForProject(HR, AWKWARD, 0, PMO_LEAD);
        repository.savePortfolioDefault(CUSTOM, 2, PMO_LEAD);
        assertThat(repository.forProject(PAY)).contains(pay);
        assertThat(repository.forProject(HR).orElseThrow().matrix()).isEqualTo(AWKWARD);
    }

    @Test
    void removingAnOverrideReturnsTheProjectToTheDefaultAndStartsItsVersionsAgain() {
        repository.savePortfolioDefault(EnglishRiskMatrixTexts.standard(5), 0, PMO_LEAD);
        repository.saveForProject(PAY, CUSTOM, 0, PROJECT_LEAD);
        repository.saveForProject(PAY, AWKWARD, 1, PROJECT_LEAD);
        repository.saveForProject(HR, CUSTOM, 0, PROJECT_LEAD);

        repository.removeProjectOverride(PAY, 2);

        assertThat(repository.forProject(PAY)).isEmpty();
        assertThat(repository.forProject(HR)).isPresent();
        assertThat(repository.portfolioDefault().orElseThrow().version()).isEqualTo(1);
        assertThat(repository.saveForProject(PAY, CUSTOM, 0, PROJECT_LEAD).version()).isEqualTo(1);
    }

    @Test
    void refusesAStaleRemovalAndKeepsTheOverride() {
        repository.saveForProject(PAY, CUSTOM, 0, PROJECT_LEAD);
        repository.saveForProject(PAY, AWKWARD, 1, PROJECT_LEAD);

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.removeProjectOverride(PAY, 1));

        assertThat(stale.currentVersion()).isEqualTo(2);
        assertThat(repository.forProject(PAY).orElseThrow().matrix()).isEqualTo(AWKWARD);
    }

    @Test
    void removingAnOverrideThatIsNotThereChangesNothing() {
        repository.savePortfolioDefault(CUSTOM, 0, PMO_LEAD);

        repository.removeProjectOverride(PAY, 0);

        assertThat(repository.forProject(PAY)).isEmpty();
        assertThat(repository.portfolioDefault().orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void storesLabelsVerbatimWhateverCharactersTheyHold() {
        repository.savePortfolioDefault(AWKWARD, 0, PMO_LEAD);
        repository.saveForProject(PAY, AWKWARD, 0, PROJECT_LEAD);

        for (StoredRiskMatrix read : List.of(repository.portfolioDefault().orElseThrow(),
                repository.forProject(PAY).orElseThrow())) {
            assertThat(read.matrix().probabilityLabels()).containsExactlyElementsOf(AWKWARD.probabilityLabels());
            assertThat(read.matrix().impactLabels()).containsExactlyElementsOf(AWKWARD.impactLabels());
            assertThat(read.matrix().bands()).extracting(ScoreBand::label)
                    .containsExactly("<b>fine</b>", "'Ärger' \\ \"Ü\"");
            assertThat(read.matrix().probabilityLabel(3)).isEqualTo("<script>alert(1)</script>");
        }
    }
}
