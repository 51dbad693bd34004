package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.StaleVersionException;
import org.pmosuite.core.portfolio.scoring.Criterion;
import org.pmosuite.core.portfolio.scoring.Direction;
import org.pmosuite.core.portfolio.scoring.MoscowCategory;
import org.pmosuite.core.portfolio.scoring.ScoringConfiguration;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;
import org.pmosuite.core.portfolio.scoring.ScoringModelType;

/**
 * What every {@link PortfolioRepository} adapter must mean: the fake of the domain tests and the Active Objects
 * repository of the plugin. Extend it and hand over an empty store.
 *
 * <p>Times handed to the repository are whole seconds, which every database Jira supports stores exactly.
 */
public abstract class PortfolioRepositoryContract {

    protected static final Actor PMO_LEAD = new Actor("pmo-lead", "PMO Lead");
    protected static final Actor OWNER = new Actor("owner", "Portfolio Owner");
    protected static final long PAY = 10_100L;
    protected static final long HR = 10_200L;
    protected static final long OPS = 10_300L;
    /** A day from now, so that what the tests record ranks after what a repository records at creation. */
    protected static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1));

    /** Texts an adapter might be tempted to escape, trim, truncate or normalise. */
    protected static final String AWKWARD = "<script>alert('x')</script> & \"quotes\" O'Brien; DROP TABLE --"
            + " Très «probable» 「可能」 \uD83D\uDD25 Ωmega e\u0301 \\ back\\slash\n second line\t tab  ";

    private PortfolioRepository repository;

    /** The adapter under test, over a store holding no portfolio at all. */
    protected abstract PortfolioRepository emptyRepository() throws Exception;

    @BeforeEach
    void startEmpty() throws Exception {
        repository = emptyRepository();
    }

    /** The repository of the running test. */
    protected PortfolioRepository repository() {
        return repository;
    }

    // ------------------------------------------------------------------------------------------------ fixtures

    /** A weighted scoring whose criteria are in no sorted order, with caps that differ from the defaults. */
    protected static ScoringConfiguration weighted() {
        return new ScoringConfiguration(ScoringModelType.WEIGHTED, List.of(
                new Criterion("Value", ScoringInput.BUSINESS_VALUE, 3, Direction.BENEFIT),
                new Criterion("Size", ScoringInput.JOB_SIZE, 1.5, Direction.COST),
                new Criterion("Risk ☂", ScoringInput.RISK_REDUCTION, 0.125, Direction.BENEFIT),
                new Criterion("Criticality", ScoringInput.TIME_CRITICALITY, 0, Direction.COST)),
                Map.of(MoscowCategory.MUST, 55.5, MoscowCategory.COULD, 12.25, MoscowCategory.WONT, 0.0));
    }

    protected static PortfolioDefinition definition(String name) {
        return new PortfolioDefinition(name, "Bets on growth, 2027.",
                new PortfolioScope(Set.of("PAY", "HR", "OPS"), Set.of("Epic", "Initiative"),
                        "project in (PAY, HR) AND labels = \"growth\" AND summary ~ 'O''Brien'"),
                weighted(), new Capacity(CapacityUnit.PERSON_DAYS, 420.75, "2027 Q1"),
                List.of("zoe", "adam", "mia"), "PAY");
    }

    protected StoredPortfolio created(String name) {
        return repository.create(definition(name), PMO_LEAD);
    }

    protected static RankKey key(double position, String tiebreak) {
        return new RankKey(position, tiebreak);
    }

    protected static RankPlacement moved(long issueId, long projectId, RankKey key) {
        return new RankPlacement(issueId, projectId, key, Forcing.NONE, PMO_LEAD.userKey(), T0, "moved up");
    }

    protected static AuditEntry moveAudit(long portfolioId, long issueId, long projectId, Instant at) {
        return new AuditEntry(0, portfolioId, at, PMO_LEAD.userKey(), AuditAction.RANK_MOVED, issueId,
                "PAY-" + issueId, projectId, "to 1", "because");
    }

    protected static AuditEntry portfolioAudit(long portfolioId, AuditAction action, Instant at) {
        return AuditEntry.ofPortfolio(portfolioId, at, PMO_LEAD.userKey(), action, "changed", "");
    }

    protected static ScoringInputs inputs() {
        Map<ScoringInput, Double> values = new EnumMap<>(ScoringInput.class);
        values.put(ScoringInput.BUSINESS_VALUE, 8.0);
        values.put(ScoringInput.JOB_SIZE, 13.0);
        values.put(ScoringInput.CONFIDENCE, 87.5);
        return ScoringInputs.of(values);
    }

    protected static IntakeRequest intake(long portfolioId, String title, Instant at) {
        return new IntakeRequest(0, portfolioId, title, "It pays for itself.", "CFO", inputs(), IntakeState.PENDING,
                "requester", at, 0, List.of(), null);
    }

    protected static Scenario scenario(long portfolioId, String name) {
        Map<Long, Forcing> forcings = new LinkedHashMap<>();
        forcings.put(101L, Forcing.IN);
        forcings.put(102L, Forcing.OUT);
        forcings.put(103L, Forcing.NONE);
        return new Scenario(0, portfolioId, name, ScoringConfiguration.of(ScoringModelType.RICE),
                new Capacity(CapacityUnit.BUDGET, 1_250_000.5, "FY27"), forcings, 0, OWNER.userKey(), T0);
    }

    // ------------------------------------------------------------------------------------------- definitions

    @Test
    void aStoreNobodyConfiguredHoldsNoPortfolio() {
        assertThat(repository.portfolios()).isEmpty();
        assertThat(repository.portfolio(1)).isEmpty();
    }

    @Test
    void aCreatedPortfolioIsAtVersionOneAndRankVersionZeroAndReadsBackEveryField() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        StoredPortfolio stored = created("Growth");

        Instant after = Instant.now().plusSeconds(1);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.rankVersion()).isZero();
        assertThat(stored.definition()).isEqualTo(definition("Growth"));
        assertThat(stored.updatedBy()).isEqualTo(PMO_LEAD.userKey());
        assertThat(stored.updatedAt()).isBetween(before, after);
        StoredPortfolio read = repository.portfolio(stored.id()).orElseThrow();
        assertThat(read).isEqualTo(stored);
        assertThat(read.definition().scoring().criteria()).extracting(Criterion::id)
                .containsExactly("Value", "Size", "Risk ☂", "Criticality");
        assertThat(read.definition().scoring().criteria()).extracting(Criterion::weight)
                .containsExactly(3.0, 1.5, 0.125, 0.0);
        assertThat(read.definition().scoring().criteria()).extracting(Criterion::direction)
                .containsExactly(Direction.BENEFIT, Direction.COST, Direction.BENEFIT, Direction.COST);
        assertThat(read.definition().ownerKeys()).containsExactly("zoe", "adam", "mia");
        assertThat(repository.portfolios()).containsExactly(read);
    }

    @Test
    void storesTextsVerbatimWhateverCharactersTheyHold() {
        String repeated = AWKWARD.repeat(PortfolioDefinition.MAX_DESCRIPTION_LENGTH / AWKWARD.length());
        String longDescription = repeated
                + "x".repeat(PortfolioDefinition.MAX_DESCRIPTION_LENGTH - repeated.length());
        String longJql = "summary ~ \"" + "é\uD83D\uDE00'\\\"".repeat(600) + "\"";
        PortfolioDefinition awkward = new PortfolioDefinition("Ärger «" + "\uD83D\uDD25" + "» <b>bold</b> 'q'",
                longDescription,
                new PortfolioScope(Set.of("PAY"), Set.of("Épopée", "<Initiative>", "Type \"quoted\""), longJql),
                weighted(), new Capacity(CapacityUnit.BUDGET, 0, "Q1 «2027» & <b>"),
                List.of("user with space", "ünïcode", "o'brien", "<script>"), "PAY");

        StoredPortfolio stored = repository.create(awkward, PMO_LEAD);

        PortfolioDefinition read = repository.portfolio(stored.id()).orElseThrow().definition();
        assertThat(read).isEqualTo(awkward);
        assertThat(read.description()).isEqualTo(longDescription).hasSize(2_000);
        assertThat(read.scope().jql()).isEqualTo(longJql);
        assertThat(read.name()).isEqualTo(awkward.name());
    }

    @Test
    void everyScoringModelAndCapacityUnitRoundTrips() {
        StoredPortfolio stored = created("Growth");
        long version = stored.version();
        CapacityUnit[] units = CapacityUnit.values();
        int i = 0;
        for (ScoringModelType model : ScoringModelType.values()) {
            PortfolioDefinition changed = definition("Growth").withScoring(ScoringConfiguration.of(model))
                    .withCapacity(new Capacity(units[i++ % units.length], i * 10.5, ""));
            StoredPortfolio updated = repository.update(stored.id(), changed, version, PMO_LEAD,
                    portfolioAudit(stored.id(), AuditAction.PORTFOLIO_CHANGED, T0));
            version = updated.version();
            assertThat(repository.portfolio(stored.id()).orElseThrow().definition()).isEqualTo(changed);
        }
    }

    @Test
    void anEmptyOptionalPartReadsBackEmpty() {
        PortfolioDefinition bare = new PortfolioDefinition("Bare", "", new PortfolioScope(Set.of("PAY"),
                Set.of("Epic"), null), ScoringConfiguration.of(ScoringModelType.WSJF),
                new Capacity(CapacityUnit.STORY_POINTS, 0, ""), List.of(), null);

        StoredPortfolio stored = repository.create(bare, PMO_LEAD);

        PortfolioDefinition read = repository.portfolio(stored.id()).orElseThrow().definition();
        assertThat(read).isEqualTo(bare);
        assertThat(read.description()).isEmpty();
        assertThat(read.scope().jql()).isNull();
        assertThat(read.ownerKeys()).isEmpty();
        assertThat(read.intakeProjectKey()).isNull();
        assertThat(read.capacity().period()).isEmpty();
    }

    @Test
    void portfoliosAreListedByNameIgnoringCase() {
        created("beta");
        created("Alpha");
        created("gamma");
        created("Delta");

        assertThat(repository.portfolios()).extracting(StoredPortfolio::name)
                .containsExactly("Alpha", "beta", "Delta", "gamma");
    }

    @Test
    void aSecondPortfolioOfTheSameNameIgnoringCaseIsRefused() {
        created("Growth Bets Ärger");

        DuplicatePortfolioNameException duplicate = catchThrowableOfType(DuplicatePortfolioNameException.class,
                () -> created("GROWTH bets äRGER"));

        assertThat(duplicate.name()).isEqualTo("GROWTH bets äRGER");
        assertThat(repository.portfolios()).extracting(StoredPortfolio::name).containsExactly("Growth Bets Ärger");
    }

    @Test
    void anUpdateReplacesTheDefinitionAtTheNextVersionAndRecordsItsAudit() {
        StoredPortfolio stored = created("Growth");
        PortfolioDefinition smaller = new PortfolioDefinition("Growth 2027", "Narrower.",
                new PortfolioScope(Set.of("HR"), Set.of("Epic"), null),
                new ScoringConfiguration(ScoringModelType.WEIGHTED,
                        List.of(new Criterion("Only", ScoringInput.EASE, 2, Direction.BENEFIT)), Map.of()),
                new Capacity(CapacityUnit.STORY_POINTS, 80, "Sprint 12"), List.of("adam"), null);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        StoredPortfolio updated = repository.update(stored.id(), smaller, 1, OWNER,
                portfolioAudit(stored.id(), AuditAction.PORTFOLIO_CHANGED, T0.plusSeconds(60)));

        assertThat(updated.id()).isEqualTo(stored.id());
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.rankVersion()).isZero();
        assertThat(updated.definition()).isEqualTo(smaller);
        assertThat(updated.updatedBy()).isEqualTo(OWNER.userKey());
        assertThat(updated.updatedAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(repository.portfolio(stored.id())).contains(updated);
        assertThat(repository.audit(stored.id(), Set.of(), 0, 10)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PORTFOLIO_CHANGED);
            assertThat(entry.at()).isEqualTo(T0.plusSeconds(60));
        });

        PortfolioDefinition larger = definition("Growth");
        assertThat(repository.update(stored.id(), larger, 2, PMO_LEAD,
                portfolioAudit(stored.id(), AuditAction.PORTFOLIO_CHANGED, T0.plusSeconds(61))).version())
                .isEqualTo(3);
        assertThat(repository.portfolio(stored.id()).orElseThrow().definition()).isEqualTo(larger);
    }

    @Test
    void anUpdateMayChangeTheCaseOfItsOwnNameButNotTakeAnothersName() {
        StoredPortfolio growth = created("Growth");
        StoredPortfolio run = created("Run");

        StoredPortfolio renamed = repository.update(growth.id(), definition("GROWTH"), 1, PMO_LEAD,
                portfolioAudit(growth.id(), AuditAction.PORTFOLIO_CHANGED, T0));
        assertThat(renamed.name()).isEqualTo("GROWTH");

        assertThatThrownBy(() -> repository.update(run.id(), definition("growth"), 1, PMO_LEAD,
                portfolioAudit(run.id(), AuditAction.PORTFOLIO_CHANGED, T0)))
                .isInstanceOf(DuplicatePortfolioNameException.class);
        assertThat(repository.portfolio(run.id())).contains(run);
        assertThat(repository.audit(run.id(), Set.of(), 0, 10)).extracting(AuditEntry::action)
                .doesNotContain(AuditAction.PORTFOLIO_CHANGED);
    }

    @Test
    void refusesAStaleUpdateAndChangesNothing() {
        StoredPortfolio stored = created("Growth");
        StoredPortfolio second = repository.update(stored.id(), definition("Growth 2"), 1, PMO_LEAD,
                portfolioAudit(stored.id(), AuditAction.PORTFOLIO_CHANGED, T0));
        long auditBefore = repository.auditCount(stored.id(), Set.of());

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.update(stored.id(), definition("Growth 3"), 1, OWNER,
                        portfolioAudit(stored.id(), AuditAction.PORTFOLIO_CHANGED, T0)));

        assertThat(stale.expectedVersion()).isEqualTo(1);
        assertThat(stale.currentVersion()).isEqualTo(2);
        assertThat(repository.portfolio(stored.id())).contains(second);
        assertThat(repository.auditCount(stored.id(), Set.of())).isEqualTo(auditBefore);
    }

    @Test
    void anUpdateOfAPortfolioThatIsNotThereIsStale() {
        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.update(4_711, definition("Ghost"), 1, PMO_LEAD,
                        portfolioAudit(4_711, AuditAction.PORTFOLIO_CHANGED, T0)));

        assertThat(stale.currentVersion()).isZero();
        assertThat(repository.portfolios()).isEmpty();
    }

    @Test
    void creatingAPortfolioRecordsItInTheAuditLog() {
        StoredPortfolio stored = created("Growth");

        List<AuditEntry> audit = repository.audit(stored.id(), Set.of(), 0, 10);

        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PORTFOLIO_CREATED);
            assertThat(entry.portfolioId()).isEqualTo(stored.id());
            assertThat(entry.actorKey()).isEqualTo(PMO_LEAD.userKey());
            assertThat(entry.issueId()).isNull();
            assertThat(entry.at()).isEqualTo(stored.updatedAt());
        });
    }

    // ---------------------------------------------------------------------------------------------- deletion

    @Test
    void deletingAPortfolioRemovesItWithEverythingOfIt() {
        StoredPortfolio doomed = created("Doomed");
        StoredPortfolio kept = created("Kept");
        for (StoredPortfolio portfolio : List.of(doomed, kept)) {
            repository.place(portfolio.id(), 1, moved(1, PAY, key(5, "i")), 0,
                    moveAudit(portfolio.id(), 1, PAY, T0));
            repository.saveScenario(scenario(portfolio.id(), "What if"), 0);
            repository.createIntakeRequest(intake(portfolio.id(), "New thing", T0));
        }

        repository.delete(doomed.id(), 1);

        assertThat(repository.portfolio(doomed.id())).isEmpty();
        assertThat(repository.portfolios()).extracting(StoredPortfolio::id).containsExactly(kept.id());
        assertThat(repository.placements(doomed.id(), Set.of(PAY))).isEmpty();
        assertThat(repository.placementsOf(doomed.id(), Set.of(1L))).isEmpty();
        assertThat(repository.scenarios(doomed.id())).isEmpty();
        assertThat(repository.intakeRequests(doomed.id(), EnumSet.allOf(IntakeState.class))).isEmpty();
        assertThat(repository.audit(doomed.id(), Set.of(PAY), 0, 10)).isEmpty();
        assertThat(repository.auditCount(doomed.id(), Set.of(PAY))).isZero();

        assertThat(repository.placements(kept.id(), Set.of(PAY))).containsOnlyKeys(1L);
        assertThat(repository.scenarios(kept.id())).hasSize(1);
        assertThat(repository.intakeRequests(kept.id(), EnumSet.allOf(IntakeState.class))).hasSize(1);
        assertThat(repository.auditCount(kept.id(), Set.of(PAY))).isEqualTo(2);
        assertThat(repository.portfolio(kept.id()).orElseThrow().rankVersion()).isEqualTo(1);
    }

    @Test
    void refusesAStaleDeletionAndKeepsThePortfolio() {
        StoredPortfolio stored = created("Growth");
        StoredPortfolio updated = repository.update(stored.id(), definition("Growth"), 1, PMO_LEAD,
                portfolioAudit(stored.id(), AuditAction.PORTFOLIO_CHANGED, T0));

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.delete(stored.id(), 1));

        assertThat(stale.currentVersion()).isEqualTo(2);
        assertThat(repository.portfolio(stored.id())).contains(updated);
    }

    @Test
    void aNameIsFreeAgainOnceItsPortfolioIsDeleted() {
        StoredPortfolio stored = created("Growth");
        repository.delete(stored.id(), 1);

        StoredPortfolio again = created("growth");

        assertThat(again.id()).isNotEqualTo(stored.id());
        assertThat(again.version()).isEqualTo(1);
    }

    // -------------------------------------------------------------------------------------------- placements

    @Test
    void aPlacementIsStoredAsGivenAndAdvancesTheRankVersion() {
        StoredPortfolio stored = created("Growth");
        RankPlacement placement = new RankPlacement(42, PAY, key(17.25, "i8"), Forcing.IN, OWNER.userKey(),
                T0.plusSeconds(5), AWKWARD);

        long rankVersion = repository.place(stored.id(), 42, placement, 0, moveAudit(stored.id(), 42, PAY, T0));

        assertThat(rankVersion).isEqualTo(1);
        assertThat(repository.portfolio(stored.id()).orElseThrow().rankVersion()).isEqualTo(1);
        assertThat(repository.portfolio(stored.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(repository.placements(stored.id(), Set.of(PAY))).containsExactly(Map.entry(42L, placement));
        assertThat(repository.placementsOf(stored.id(), Set.of(42L, 43L))).containsExactly(Map.entry(42L, placement));
    }

    @Test
    void placementsAtTheEdgesOfTheKeySpaceRoundTrip() {
        StoredPortfolio stored = created("Growth");
        RankPlacement unscored = moved(1, PAY, key(Double.NEGATIVE_INFINITY, "0000000000000000001mi"));
        RankPlacement longTiebreak = moved(2, PAY, key(-0.0, "z".repeat(RankKey.MAX_TIEBREAK_LENGTH)));
        RankPlacement extreme = moved(3, PAY, key(-Double.MAX_VALUE, "1"));
        RankPlacement tiny = moved(4, HR, key(Double.MIN_VALUE, "0a"));
        RankPlacement huge = moved(5, HR, key(Double.MAX_VALUE, "i"));
        RankPlacement forcedOnly = new RankPlacement(6, HR, null, Forcing.OUT, OWNER.userKey(), T0, "");
        long version = 0;
        for (RankPlacement placement : List.of(unscored, longTiebreak, extreme, tiny, huge, forcedOnly)) {
            version = repository.place(stored.id(), placement.issueId(), placement, version,
                    moveAudit(stored.id(), placement.issueId(), placement.projectId(), T0));
        }

        Map<Long, RankPlacement> read = repository.placements(stored.id(), Set.of(PAY, HR));

        assertThat(read).containsOnlyKeys(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(read.get(1L)).isEqualTo(unscored);
        assertThat(read.get(1L).key().position()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(read.get(2L)).isEqualTo(longTiebreak);
        assertThat(read.get(3L)).isEqualTo(extreme);
        assertThat(read.get(4L)).isEqualTo(tiny);
        assertThat(read.get(5L)).isEqualTo(huge);
        assertThat(read.get(6L)).isEqualTo(forcedOnly);
        assertThat(read.get(6L).moved()).isFalse();
    }

    @Test
    void aSecondPlacementReplacesTheFirstAndOneNeitherMovedNorForcedRemovesIt() {
        StoredPortfolio stored = created("Growth");
        repository.place(stored.id(), 42, moved(42, PAY, key(3, "i")), 0, moveAudit(stored.id(), 42, PAY, T0));
        RankPlacement forced = new RankPlacement(42, PAY, key(1, "i"), Forcing.OUT, OWNER.userKey(),
                T0.plusSeconds(1), "no budget");

        assertThat(repository.place(stored.id(), 42, forced, 1, moveAudit(stored.id(), 42, PAY, T0))).isEqualTo(2);
        assertThat(repository.placements(stored.id(), Set.of(PAY))).containsExactly(Map.entry(42L, forced));

        RankPlacement reset = new RankPlacement(42, PAY, null, Forcing.NONE, OWNER.userKey(), T0, "back to score");
        assertThat(repository.place(stored.id(), 42, reset, 2, moveAudit(stored.id(), 42, PAY, T0))).isEqualTo(3);
        assertThat(repository.placements(stored.id(), Set.of(PAY))).isEmpty();
        assertThat(repository.placementsOf(stored.id(), Set.of(42L))).isEmpty();
        assertThat(repository.portfolio(stored.id()).orElseThrow().rankVersion()).isEqualTo(3);
        assertThat(repository.auditCount(stored.id(), Set.of(PAY))).isEqualTo(4);
    }

    @Test
    void refusesAStalePlacementAndChangesNothing() {
        StoredPortfolio stored = created("Growth");
        RankPlacement first = moved(42, PAY, key(3, "i"));
        repository.place(stored.id(), 42, first, 0, moveAudit(stored.id(), 42, PAY, T0));
        long auditBefore = repository.auditCount(stored.id(), Set.of(PAY));

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.place(stored.id(), 42, moved(42, PAY, key(9, "i")), 0,
                        moveAudit(stored.id(), 42, PAY, T0)));
        StaleVersionException staleOther = catchThrowableOfType(StaleVersionException.class,
                () -> repository.place(stored.id(), 43, moved(43, PAY, key(9, "i")), 2,
                        moveAudit(stored.id(), 43, PAY, T0)));

        assertThat(stale.expectedVersion()).isZero();
        assertThat(stale.currentVersion()).isEqualTo(1);
        assertThat(staleOther.currentVersion()).isEqualTo(1);
        assertThat(repository.placements(stored.id(), Set.of(PAY))).containsExactly(Map.entry(42L, first));
        assertThat(repository.portfolio(stored.id()).orElseThrow().rankVersion()).isEqualTo(1);
        assertThat(repository.auditCount(stored.id(), Set.of(PAY))).isEqualTo(auditBefore);
    }

    @Test
    void aPlacementOnAPortfolioThatIsNotThereIsStale() {
        assertThatThrownBy(() -> repository.place(4_711, 1, moved(1, PAY, key(1, "i")), 0,
                moveAudit(4_711, 1, PAY, T0))).isInstanceOf(StaleVersionException.class);
        assertThat(repository.placementsOf(4_711, Set.of(1L))).isEmpty();
    }

    @Test
    void rankAndDefinitionVersionsAreIndependent() {
        StoredPortfolio stored = created("Growth");
        repository.place(stored.id(), 1, moved(1, PAY, key(1, "i")), 0, moveAudit(stored.id(), 1, PAY, T0));

        StoredPortfolio updated = repository.update(stored.id(), definition("Growth"), 1, PMO_LEAD,
                portfolioAudit(stored.id(), AuditAction.PORTFOLIO_CHANGED, T0));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.rankVersion()).isEqualTo(1);
        assertThat(repository.place(stored.id(), 2, moved(2, PAY, key(2, "i")), 1,
                moveAudit(stored.id(), 2, PAY, T0))).isEqualTo(2);
        assertThat(repository.portfolio(stored.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void placementsAreReadForTheGivenProjectsOnlyAndPerPortfolio() {
        StoredPortfolio growth = created("Growth");
        StoredPortfolio run = created("Run");
        long version = 0;
        for (long issue = 1; issue <= 6; issue++) {
            long project = issue <= 2 ? PAY : issue <= 4 ? HR : OPS;
            version = repository.place(growth.id(), issue, moved(issue, project, key(issue, "i")), version,
                    moveAudit(growth.id(), issue, project, T0));
        }
        repository.place(run.id(), 1, moved(1, PAY, key(99, "i")), 0, moveAudit(run.id(), 1, PAY, T0));

        assertThat(repository.placements(growth.id(), Set.of(PAY, OPS))).containsOnlyKeys(1L, 2L, 5L, 6L);
        assertThat(repository.placements(growth.id(), Set.of(HR))).containsOnlyKeys(3L, 4L);
        assertThat(repository.placements(growth.id(), Set.of())).isEmpty();
        assertThat(repository.placements(growth.id(), Set.of(99_999L))).isEmpty();
        assertThat(repository.placements(run.id(), Set.of(PAY, HR, OPS))).containsOnlyKeys(1L);
        assertThat(repository.placements(run.id(), Set.of(PAY)).get(1L).key()).isEqualTo(key(99, "i"));
        assertThat(repository.placementsOf(growth.id(), Set.of(1L, 4L, 77L))).containsOnlyKeys(1L, 4L);
        assertThat(repository.placementsOf(growth.id(), Set.of())).isEmpty();
    }

    @Test
    void readsPlacementsOfMoreProjectsAndIssuesThanOneInListHolds() {
        StoredPortfolio stored = created("Growth");
        long version = 0;
        for (long issue = 1; issue <= 5; issue++) {
            version = repository.place(stored.id(), issue, moved(issue, 20_000 + issue * 500, key(issue, "i")),
                    version, moveAudit(stored.id(), issue, 20_000 + issue * 500, T0));
        }
        Set<Long> projects = new HashSet<>();
        Set<Long> issues = new HashSet<>();
        for (long i = 0; i < 2_600; i++) {
            projects.add(20_000 + i);
            issues.add(i);
        }

        assertThat(repository.placements(stored.id(), projects)).containsOnlyKeys(1L, 2L, 3L, 4L, 5L);
        assertThat(repository.placementsOf(stored.id(), issues)).containsOnlyKeys(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aRebalanceRewritesTheKeysAndKeepsTheRestOfEachPlacement() {
        StoredPortfolio stored = created("Growth");
        RankPlacement one = new RankPlacement(1, PAY, key(5, "i" + "1".repeat(220)), Forcing.IN, OWNER.userKey(),
                T0, "first");
        RankPlacement two = moved(2, HR, key(5, "i" + "1".repeat(221)));
        RankPlacement three = moved(3, HR, key(1, "i"));
        long version = 0;
        for (RankPlacement placement : List.of(one, two, three)) {
            version = repository.place(stored.id(), placement.issueId(), placement, version,
                    moveAudit(stored.id(), placement.issueId(), placement.projectId(), T0));
        }

        long rebalanced = repository.rebalance(stored.id(), Map.of(1L, key(5, "i"), 2L, key(5, "r")), version,
                portfolioAudit(stored.id(), AuditAction.RANKS_REBALANCED, T0.plusSeconds(9)));

        assertThat(rebalanced).isEqualTo(version + 1);
        Map<Long, RankPlacement> read = repository.placements(stored.id(), Set.of(PAY, HR));
        assertThat(read.get(1L)).isEqualTo(new RankPlacement(1, PAY, key(5, "i"), Forcing.IN, OWNER.userKey(), T0,
                "first"));
        assertThat(read.get(2L)).isEqualTo(new RankPlacement(2, HR, key(5, "r"), Forcing.NONE, PMO_LEAD.userKey(),
                T0, "moved up"));
        assertThat(read.get(3L)).isEqualTo(three);
        assertThat(repository.portfolio(stored.id()).orElseThrow().rankVersion()).isEqualTo(rebalanced);
        assertThat(repository.audit(stored.id(), Set.of(), 0, 1)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.RANKS_REBALANCED);
    }

    @Test
    void placementsAtAPositionAreTheMovedOnesAtExactlyThatPositionInEveryProject() {
        StoredPortfolio growth = created("Growth");
        StoredPortfolio run = created("Run");
        List<RankPlacement> placements = List.of(moved(1, PAY, key(5, "i")), moved(2, HR, key(5, "0i")),
                moved(3, OPS, key(Math.nextUp(5.0), "i")), moved(4, PAY, key(Double.NEGATIVE_INFINITY, "i")),
                new RankPlacement(5, PAY, null, Forcing.IN, PMO_LEAD.userKey(), T0, ""),
                moved(6, HR, key(0.0, "i")));
        long version = 0;
        for (RankPlacement placement : placements) {
            version = repository.place(growth.id(), placement.issueId(), placement, version,
                    moveAudit(growth.id(), placement.issueId(), placement.projectId(), T0));
        }
        repository.place(run.id(), 7, moved(7, PAY, key(5, "r")), 0, moveAudit(run.id(), 7, PAY, T0));

        assertThat(repository.placementsAt(growth.id(), 5)).containsOnlyKeys(1L, 2L)
                .containsEntry(2L, placements.get(1));
        assertThat(repository.placementsAt(growth.id(), Math.nextUp(5.0))).containsOnlyKeys(3L);
        assertThat(repository.placementsAt(growth.id(), Double.NEGATIVE_INFINITY)).containsOnlyKeys(4L);
        assertThat(repository.placementsAt(growth.id(), -0.0)).containsOnlyKeys(6L);
        assertThat(repository.placementsAt(growth.id(), 6)).isEmpty();
        assertThat(repository.placementsAt(run.id(), 5)).containsOnlyKeys(7L);
    }

    @Test
    void aRebalanceNamingAnInitiativeWithoutAPlacementIsRefusedAndChangesNothing() {
        StoredPortfolio stored = created("Growth");
        RankPlacement one = moved(1, PAY, key(5, "i"));
        repository.place(stored.id(), 1, one, 0, moveAudit(stored.id(), 1, PAY, T0));
        long auditBefore = repository.auditCount(stored.id(), Set.of(PAY));

        assertThatThrownBy(() -> repository.rebalance(stored.id(), Map.of(1L, key(5, "r"), 99L, key(5, "s")), 1,
                portfolioAudit(stored.id(), AuditAction.RANKS_REBALANCED, T0)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(repository.placements(stored.id(), Set.of(PAY))).containsExactly(Map.entry(1L, one));
        assertThat(repository.portfolio(stored.id()).orElseThrow().rankVersion()).isEqualTo(1);
        assertThat(repository.auditCount(stored.id(), Set.of(PAY))).isEqualTo(auditBefore);
    }

    @Test
    void refusesAStaleRebalanceAndChangesNothing() {
        StoredPortfolio stored = created("Growth");
        RankPlacement one = moved(1, PAY, key(5, "i"));
        repository.place(stored.id(), 1, one, 0, moveAudit(stored.id(), 1, PAY, T0));
        long auditBefore = repository.auditCount(stored.id(), Set.of(PAY));

        assertThatThrownBy(() -> repository.rebalance(stored.id(), Map.of(1L, key(7, "i")), 0,
                portfolioAudit(stored.id(), AuditAction.RANKS_REBALANCED, T0)))
                .isInstanceOf(StaleVersionException.class);

        assertThat(repository.placements(stored.id(), Set.of(PAY))).containsExactly(Map.entry(1L, one));
        assertThat(repository.portfolio(stored.id()).orElseThrow().rankVersion()).isEqualTo(1);
        assertThat(repository.auditCount(stored.id(), Set.of(PAY))).isEqualTo(auditBefore);
    }

    @Test
    void ofManyMovesBasedOnTheSameRankVersionExactlyOneWins() throws Exception {
        StoredPortfolio stored = created("Growth");
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int won = 0;
        int refused = 0;
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                long issue = 100 + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        repository.place(stored.id(), issue, moved(issue, PAY, key(issue, "i")), 0,
                                moveAudit(stored.id(), issue, PAY, T0));
                        return true;
                    } catch (StaleVersionException e) {
                        assertThat(e.expectedVersion()).isZero();
                        return false;
                    }
                }));
            }
            start.countDown();
            for (Future<Boolean> outcome : outcomes) {
                if (outcome.get(60, TimeUnit.SECONDS)) {
                    won++;
                } else {
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(won).isEqualTo(1);
        assertThat(refused).isEqualTo(writers - 1);
        assertThat(repository.portfolio(stored.id()).orElseThrow().rankVersion()).isEqualTo(1);
        assertThat(repository.placements(stored.id(), Set.of(PAY))).hasSize(1);
        assertThat(repository.audit(stored.id(), Set.of(PAY), 0, 20)).extracting(AuditEntry::action)
                .containsOnlyOnce(AuditAction.RANK_MOVED);
    }

    // ------------------------------------------------------------------------------------------------- audit

    @Test
    void theAuditLogIsNewestFirstAndKeepsEveryField() {
        StoredPortfolio stored = created("Growth");
        AuditEntry move = new AuditEntry(0, stored.id(), T0.plusSeconds(10), OWNER.userKey(), AuditAction.FORCED_IN,
                42L, "PAY-42", PAY, "<b>in</b> «forced»", AWKWARD);
        repository.place(stored.id(), 42, new RankPlacement(42, PAY, null, Forcing.IN, OWNER.userKey(), T0, ""), 0,
                move);
        AuditEntry change = new AuditEntry(0, stored.id(), T0.plusSeconds(20), PMO_LEAD.userKey(),
                AuditAction.PORTFOLIO_CHANGED, null, null, null, "x".repeat(3_000),
                "r".repeat(AuditEntry.MAX_REASON_LENGTH));
        repository.update(stored.id(), definition("Growth"), 1, PMO_LEAD, change);
        AuditEntry sameSecond = new AuditEntry(0, stored.id(), T0.plusSeconds(20), OWNER.userKey(),
                AuditAction.RANK_RESET, 43L, "HR-43", HR, "", "");
        repository.place(stored.id(), 43, new RankPlacement(43, HR, null, Forcing.NONE, OWNER.userKey(), T0, ""), 1,
                sameSecond);

        List<AuditEntry> audit = repository.audit(stored.id(), Set.of(PAY, HR), 0, 10);

        assertThat(audit).hasSize(4);
        assertThat(audit).extracting(AuditEntry::action).containsExactly(AuditAction.RANK_RESET,
                AuditAction.PORTFOLIO_CHANGED, AuditAction.FORCED_IN, AuditAction.PORTFOLIO_CREATED);
        assertThat(audit).extracting(AuditEntry::id).doesNotHaveDuplicates().allMatch(id -> id > 0);
        assertThat(withoutId(audit.get(1))).isEqualTo(change);
        assertThat(withoutId(audit.get(2))).isEqualTo(move);
        assertThat(withoutId(audit.get(0))).isEqualTo(sameSecond);
    }

    @Test
    void theAuditLogShowsPortfolioWideEntriesAndThoseOfTheGivenProjects() {
        StoredPortfolio stored = created("Growth");
        long version = 0;
        long[] projects = {PAY, HR, OPS, PAY};
        for (int i = 0; i < projects.length; i++) {
            long issue = i + 1;
            version = repository.place(stored.id(), issue, moved(issue, projects[i], key(issue, "i")), version,
                    moveAudit(stored.id(), issue, projects[i], T0.plusSeconds(i + 1)));
        }
        StoredPortfolio other = created("Other");
        repository.place(other.id(), 1, moved(1, PAY, key(1, "i")), 0, moveAudit(other.id(), 1, PAY, T0));

        assertThat(repository.audit(stored.id(), Set.of(PAY), 0, 10)).extracting(AuditEntry::issueId)
                .containsExactly(4L, 1L, null);
        assertThat(repository.audit(stored.id(), Set.of(HR, OPS), 0, 10)).extracting(AuditEntry::issueId)
                .containsExactly(3L, 2L, null);
        assertThat(repository.audit(stored.id(), Set.of(), 0, 10)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PORTFOLIO_CREATED);
        assertThat(repository.auditCount(stored.id(), Set.of(PAY))).isEqualTo(3);
        assertThat(repository.auditCount(stored.id(), Set.of(PAY, HR, OPS))).isEqualTo(5);
        assertThat(repository.auditCount(stored.id(), Set.of())).isEqualTo(1);
    }

    @Test
    void theAuditLogPagesNewestFirst() {
        StoredPortfolio stored = created("Growth");
        long version = 0;
        for (long issue = 1; issue <= 12; issue++) {
            version = repository.place(stored.id(), issue, moved(issue, PAY, key(issue, "i")), version,
                    moveAudit(stored.id(), issue, PAY, T0.plusSeconds(issue)));
        }

        assertThat(repository.audit(stored.id(), Set.of(PAY), 0, 5)).extracting(AuditEntry::issueId)
                .containsExactly(12L, 11L, 10L, 9L, 8L);
        assertThat(repository.audit(stored.id(), Set.of(PAY), 5, 5)).extracting(AuditEntry::issueId)
                .containsExactly(7L, 6L, 5L, 4L, 3L);
        assertThat(repository.audit(stored.id(), Set.of(PAY), 10, 5)).extracting(AuditEntry::issueId)
                .containsExactly(2L, 1L, null);
        assertThat(repository.audit(stored.id(), Set.of(PAY), 13, 5)).isEmpty();
        assertThat(repository.audit(stored.id(), Set.of(PAY), 0, 0)).isEmpty();
        assertThat(repository.auditCount(stored.id(), Set.of(PAY))).isEqualTo(13);
    }

    @Test
    void theAuditLogFiltersByMoreProjectsThanOneInListHolds() {
        StoredPortfolio stored = created("Growth");
        long version = 0;
        for (long issue = 1; issue <= 6; issue++) {
            long project = 20_000 + issue * 700;
            version = repository.place(stored.id(), issue, moved(issue, project, key(issue, "i")), version,
                    moveAudit(stored.id(), issue, project, T0.plusSeconds(issue)));
        }
        Set<Long> projects = new HashSet<>();
        for (long i = 0; i < 2_500; i++) {
            projects.add(20_000 + i);
        }

        assertThat(repository.audit(stored.id(), projects, 0, 10)).extracting(AuditEntry::issueId)
                .containsExactly(3L, 2L, 1L, null);
        assertThat(repository.audit(stored.id(), projects, 1, 2)).extracting(AuditEntry::issueId)
                .containsExactly(2L, 1L);
        assertThat(repository.auditCount(stored.id(), projects)).isEqualTo(4);
    }

    private static AuditEntry withoutId(AuditEntry entry) {
        return new AuditEntry(0, entry.portfolioId(), entry.at(), entry.actorKey(), entry.action(), entry.issueId(),
                entry.issueKey(), entry.projectId(), entry.detail(), entry.reason());
    }

    // --------------------------------------------------------------------------------------------- scenarios

    @Test
    void aScenarioIsCreatedAtVersionOneAndReadsBackEveryField() {
        StoredPortfolio stored = created("Growth");

        Scenario saved = repository.saveScenario(scenario(stored.id(), "What «if» <b>"), 0);

        assertThat(saved.id()).isPositive();
        assertThat(saved.version()).isEqualTo(1);
        Scenario expected = new Scenario(saved.id(), stored.id(), "What «if» <b>",
                ScoringConfiguration.of(ScoringModelType.RICE), new Capacity(CapacityUnit.BUDGET, 1_250_000.5,
                        "FY27"), scenario(stored.id(), "x").forcings(), 1, OWNER.userKey(), T0);
        assertThat(saved).isEqualTo(expected);
        assertThat(repository.scenario(stored.id(), saved.id())).contains(expected);
        assertThat(repository.scenarios(stored.id())).containsExactly(expected);
    }

    @Test
    void aScenarioMayLeaveScoringCapacityAndForcingToTheBaseline() {
        StoredPortfolio stored = created("Growth");
        Scenario baseline = new Scenario(0, stored.id(), "Baseline", null, null, Map.of(), 0, OWNER.userKey(), T0);
        Scenario weightedOnly = new Scenario(0, stored.id(), "Weighted", weighted(), null, Map.of(7L, Forcing.OUT),
                0, OWNER.userKey(), T0);

        Scenario savedBaseline = repository.saveScenario(baseline, 0);
        Scenario savedWeighted = repository.saveScenario(weightedOnly, 0);

        Scenario readBaseline = repository.scenario(stored.id(), savedBaseline.id()).orElseThrow();
        assertThat(readBaseline.scoring()).isNull();
        assertThat(readBaseline.capacity()).isNull();
        assertThat(readBaseline.forcings()).isEmpty();
        Scenario readWeighted = repository.scenario(stored.id(), savedWeighted.id()).orElseThrow();
        assertThat(readWeighted.scoring()).isEqualTo(weighted());
        assertThat(readWeighted.capacity()).isNull();
        assertThat(readWeighted.forcings()).containsExactly(Map.entry(7L, Forcing.OUT));
        assertThat(repository.portfolio(stored.id()).orElseThrow().definition()).isEqualTo(definition("Growth"));
    }

    @Test
    void aScenarioUpdateReplacesItAtTheNextVersionAndKeepsWhoMadeIt() {
        StoredPortfolio stored = created("Growth");
        Scenario saved = repository.saveScenario(scenario(stored.id(), "What if"), 0);
        Scenario changed = new Scenario(saved.id(), stored.id(), "What if not", weighted(),
                new Capacity(CapacityUnit.STORY_POINTS, 12, ""), Map.of(5L, Forcing.IN), saved.version(),
                PMO_LEAD.userKey(), T0.plusSeconds(3_600));

        Scenario updated = repository.saveScenario(changed, 1);

        assertThat(updated.id()).isEqualTo(saved.id());
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.name()).isEqualTo("What if not");
        assertThat(updated.scoring()).isEqualTo(weighted());
        assertThat(updated.capacity()).isEqualTo(new Capacity(CapacityUnit.STORY_POINTS, 12, ""));
        assertThat(updated.forcings()).containsExactly(Map.entry(5L, Forcing.IN));
        assertThat(updated.createdBy()).isEqualTo(OWNER.userKey());
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(repository.scenario(stored.id(), saved.id())).contains(updated);
    }

    @Test
    void refusesAStaleScenarioWriteAndChangesNothing() {
        StoredPortfolio stored = created("Growth");
        Scenario saved = repository.saveScenario(scenario(stored.id(), "What if"), 0);
        Scenario second = repository.saveScenario(withName(saved, "Second"), 1);

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.saveScenario(withName(saved, "Third"), 1));
        StaleVersionException staleDelete = catchThrowableOfType(StaleVersionException.class,
                () -> repository.deleteScenario(stored.id(), saved.id(), 1));
        StaleVersionException staleNew = catchThrowableOfType(StaleVersionException.class,
                () -> repository.saveScenario(scenario(stored.id(), "Fresh"), 1));

        assertThat(stale.currentVersion()).isEqualTo(2);
        assertThat(staleDelete.currentVersion()).isEqualTo(2);
        assertThat(staleNew.currentVersion()).isZero();
        assertThat(repository.scenarios(stored.id())).containsExactly(second);
    }

    @Test
    void scenarioNamesAreUniqueWithinAPortfolioIgnoringCase() {
        StoredPortfolio growth = created("Growth");
        StoredPortfolio run = created("Run");
        Scenario first = repository.saveScenario(scenario(growth.id(), "Bold Ärger"), 0);
        Scenario other = repository.saveScenario(scenario(growth.id(), "Other"), 0);

        assertThatThrownBy(() -> repository.saveScenario(scenario(growth.id(), "BOLD äRGER"), 0))
                .isInstanceOf(DuplicatePortfolioNameException.class);
        assertThatThrownBy(() -> repository.saveScenario(withName(other, "bold ärger"), 1))
                .isInstanceOf(DuplicatePortfolioNameException.class);
        assertThat(repository.saveScenario(withName(first, "BOLD ÄRGER"), 1).version()).isEqualTo(2);
        assertThat(repository.saveScenario(scenario(run.id(), "Bold Ärger"), 0).version()).isEqualTo(1);
        assertThat(repository.scenario(growth.id(), other.id())).contains(other);
    }

    @Test
    void scenariosAreListedByNameIgnoringCaseAndReadOnlyThroughTheirPortfolio() {
        StoredPortfolio growth = created("Growth");
        StoredPortfolio run = created("Run");
        repository.saveScenario(scenario(growth.id(), "beta"), 0);
        repository.saveScenario(scenario(growth.id(), "Alpha"), 0);
        Scenario gamma = repository.saveScenario(scenario(growth.id(), "Gamma"), 0);
        repository.saveScenario(scenario(run.id(), "Aardvark"), 0);

        assertThat(repository.scenarios(growth.id())).extracting(Scenario::name)
                .containsExactly("Alpha", "beta", "Gamma");
        assertThat(repository.scenario(run.id(), gamma.id())).isEmpty();
        assertThat(repository.scenario(growth.id(), 4_711)).isEmpty();
    }

    @Test
    void aDeletedScenarioIsGoneAndItsNameFree() {
        StoredPortfolio stored = created("Growth");
        Scenario doomed = repository.saveScenario(scenario(stored.id(), "What if"), 0);
        Scenario kept = repository.saveScenario(scenario(stored.id(), "Kept"), 0);

        repository.deleteScenario(stored.id(), doomed.id(), 1);

        assertThat(repository.scenario(stored.id(), doomed.id())).isEmpty();
        assertThat(repository.scenarios(stored.id())).containsExactly(kept);
        assertThat(repository.saveScenario(scenario(stored.id(), "what if"), 0).version()).isEqualTo(1);
    }

    @Test
    void aScenarioOfAPortfolioThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> repository.saveScenario(scenario(4_711, "Ghost"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.scenarios(4_711)).isEmpty();
    }

    private static Scenario withName(Scenario scenario, String name) {
        return new Scenario(scenario.id(), scenario.portfolioId(), name, scenario.scoring(), scenario.capacity(),
                scenario.forcings(), scenario.version(), scenario.createdBy(), scenario.createdAt());
    }

    // ------------------------------------------------------------------------------------------------ intake

    @Test
    void anIntakeRequestIsCreatedAtVersionOneAndReadsBackEveryField() {
        StoredPortfolio stored = created("Growth");
        String businessCase = AWKWARD.repeat(100);
        IntakeRequest request = new IntakeRequest(0, stored.id(), "Ünïcode «title» <i>", businessCase,
                "O'Brien & Sons", inputs(), IntakeState.PENDING, "requester", T0, 0, List.of(), null);

        IntakeRequest created = repository.createIntakeRequest(request);

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isEqualTo(1);
        IntakeRequest expected = new IntakeRequest(created.id(), stored.id(), "Ünïcode «title» <i>", businessCase,
                "O'Brien & Sons", inputs(), IntakeState.PENDING, "requester", T0, 1, List.of(), null);
        assertThat(created).isEqualTo(expected);
        IntakeRequest read = repository.intakeRequest(stored.id(), created.id()).orElseThrow();
        assertThat(read).isEqualTo(expected);
        assertThat(read.inputs().get(ScoringInput.CONFIDENCE)).hasValue(87.5);
        assertThat(read.inputs().get(ScoringInput.REACH)).isEmpty();
        assertThat(repository.intakeRequests(stored.id(), Set.of(IntakeState.PENDING))).containsExactly(expected);
    }

    @Test
    void intakeRequestsAreListedByStateNewestFirst() {
        StoredPortfolio growth = created("Growth");
        StoredPortfolio run = created("Run");
        IntakeRequest older = repository.createIntakeRequest(intake(growth.id(), "Older", T0));
        IntakeRequest newer = repository.createIntakeRequest(intake(growth.id(), "Newer", T0.plusSeconds(60)));
        IntakeRequest sameTime = repository.createIntakeRequest(intake(growth.id(), "Same time", T0.plusSeconds(60)));
        IntakeRequest rejected = repository.decideIntakeRequest(growth.id(),
                repository.createIntakeRequest(intake(growth.id(), "Rejected", T0.plusSeconds(30))).id(),
                new IntakeDecision(IntakeState.REJECTED, PMO_LEAD.userKey(), T0.plusSeconds(90), "no"), null, 1,
                portfolioAudit(growth.id(), AuditAction.INTAKE_REJECTED, T0.plusSeconds(90)));
        repository.createIntakeRequest(intake(run.id(), "Elsewhere", T0));

        assertThat(repository.intakeRequests(growth.id(), Set.of(IntakeState.PENDING, IntakeState.INFO_REQUESTED)))
                .extracting(IntakeRequest::id).containsExactly(sameTime.id(), newer.id(), older.id());
        assertThat(repository.intakeRequests(growth.id(), Set.of(IntakeState.REJECTED))).containsExactly(rejected);
        assertThat(repository.intakeRequests(growth.id(), EnumSet.allOf(IntakeState.class)))
                .extracting(IntakeRequest::title).containsExactly("Same time", "Newer", "Rejected", "Older");
        assertThat(repository.intakeRequests(growth.id(), Set.of())).isEmpty();
        assertThat(repository.intakeRequest(run.id(), older.id())).isEmpty();
    }

    @Test
    void decisionsMoveTheRequestAndAreAppendedInOrder() {
        StoredPortfolio stored = created("Growth");
        IntakeRequest request = repository.createIntakeRequest(intake(stored.id(), "New thing", T0));
        IntakeDecision ask = new IntakeDecision(IntakeState.INFO_REQUESTED, PMO_LEAD.userKey(), T0.plusSeconds(10),
                "How much? " + AWKWARD);
        IntakeDecision answer = new IntakeDecision(IntakeState.PENDING, "requester", T0.plusSeconds(20),
                "About 40 person-days.");
        IntakeDecision accept = new IntakeDecision(IntakeState.ACCEPTED, PMO_LEAD.userKey(), T0.plusSeconds(30), "");

        IntakeRequest asked = repository.decideIntakeRequest(stored.id(), request.id(), ask, null, 1,
                portfolioAudit(stored.id(), AuditAction.INTAKE_INFO_REQUESTED, T0.plusSeconds(10)));
        IntakeRequest answered = repository.decideIntakeRequest(stored.id(), request.id(), answer, null, 2,
                portfolioAudit(stored.id(), AuditAction.INTAKE_INFO_REQUESTED, T0.plusSeconds(20)));
        IntakeRequest accepted = repository.decideIntakeRequest(stored.id(), request.id(), accept, "PAY-77", 3,
                portfolioAudit(stored.id(), AuditAction.INTAKE_ACCEPTED, T0.plusSeconds(30)));

        assertThat(asked.state()).isEqualTo(IntakeState.INFO_REQUESTED);
        assertThat(asked.version()).isEqualTo(2);
        assertThat(asked.decisions()).containsExactly(ask);
        assertThat(answered.state()).isEqualTo(IntakeState.PENDING);
        assertThat(answered.issueKey()).isNull();
        assertThat(accepted.state()).isEqualTo(IntakeState.ACCEPTED);
        assertThat(accepted.version()).isEqualTo(4);
        assertThat(accepted.issueKey()).isEqualTo("PAY-77");
        assertThat(accepted.decisions()).containsExactly(ask, answer, accept);
        assertThat(accepted.title()).isEqualTo("New thing");
        assertThat(accepted.inputs()).isEqualTo(inputs());
        assertThat(repository.intakeRequest(stored.id(), request.id())).contains(accepted);
        assertThat(repository.intakeRequests(stored.id(), Set.of(IntakeState.ACCEPTED))).containsExactly(accepted);
        assertThat(repository.audit(stored.id(), Set.of(), 0, 10)).extracting(AuditEntry::action).containsExactly(
                AuditAction.INTAKE_ACCEPTED, AuditAction.INTAKE_INFO_REQUESTED, AuditAction.INTAKE_INFO_REQUESTED,
                AuditAction.PORTFOLIO_CREATED);
    }

    @Test
    void anAcceptedRequestIsLinkedToItsInitiativeOnceAndAStaleLinkChangesNothing() {
        StoredPortfolio stored = created("Growth");
        IntakeRequest request = repository.createIntakeRequest(intake(stored.id(), "New thing", T0));
        IntakeRequest claimed = repository.decideIntakeRequest(stored.id(), request.id(),
                new IntakeDecision(IntakeState.ACCEPTED, PMO_LEAD.userKey(), T0, ""), null, 1,
                portfolioAudit(stored.id(), AuditAction.INTAKE_ACCEPTED, T0));
        assertThat(claimed.issueKey()).isNull();

        IntakeRequest linked = repository.linkIntakeIssue(stored.id(), request.id(), "PAY-78", claimed.version());

        assertThat(linked.issueKey()).isEqualTo("PAY-78");
        assertThat(linked.version()).isEqualTo(claimed.version() + 1);
        assertThat(linked.state()).isEqualTo(IntakeState.ACCEPTED);
        assertThat(linked.decisions()).isEqualTo(claimed.decisions());
        assertThat(repository.intakeRequest(stored.id(), request.id())).contains(linked);
        assertThatThrownBy(() -> repository.linkIntakeIssue(stored.id(), request.id(), "PAY-79", claimed.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(repository.intakeRequest(stored.id(), request.id())).contains(linked);
    }

    @Test
    void refusesAStaleDecisionAndChangesNothing() {
        StoredPortfolio stored = created("Growth");
        IntakeRequest request = repository.createIntakeRequest(intake(stored.id(), "New thing", T0));
        IntakeRequest rejected = repository.decideIntakeRequest(stored.id(), request.id(),
                new IntakeDecision(IntakeState.REJECTED, PMO_LEAD.userKey(), T0, "no"), null, 1,
                portfolioAudit(stored.id(), AuditAction.INTAKE_REJECTED, T0));
        long auditBefore = repository.auditCount(stored.id(), Set.of());

        StaleVersionException stale = catchThrowableOfType(StaleVersionException.class,
                () -> repository.decideIntakeRequest(stored.id(), request.id(),
                        new IntakeDecision(IntakeState.ACCEPTED, PMO_LEAD.userKey(), T0, ""), "PAY-1", 1,
                        portfolioAudit(stored.id(), AuditAction.INTAKE_ACCEPTED, T0)));
        StaleVersionException missing = catchThrowableOfType(StaleVersionException.class,
                () -> repository.decideIntakeRequest(stored.id(), 4_711,
                        new IntakeDecision(IntakeState.ACCEPTED, PMO_LEAD.userKey(), T0, ""), "PAY-1", 1,
                        portfolioAudit(stored.id(), AuditAction.INTAKE_ACCEPTED, T0)));

        assertThat(stale.currentVersion()).isEqualTo(2);
        assertThat(missing.currentVersion()).isZero();
        assertThat(repository.intakeRequest(stored.id(), request.id())).contains(rejected);
        assertThat(repository.auditCount(stored.id(), Set.of())).isEqualTo(auditBefore);
    }

    @Test
    void anIntakeRequestOfAPortfolioThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> repository.createIntakeRequest(intake(4_711, "Ghost", T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.intakeRequests(4_711, EnumSet.allOf(IntakeState.class))).isEmpty();
    }
}
