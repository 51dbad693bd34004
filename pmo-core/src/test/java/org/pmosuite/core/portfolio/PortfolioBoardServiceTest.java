package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.StaleVersionException;
import org.pmosuite.core.common.UserDirectory;
import org.pmosuite.core.portfolio.InitiativeSourceContract.StoredIssue;
import org.pmosuite.core.portfolio.scoring.ScoringConfigurationDraft;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

class PortfolioBoardServiceTest {

    private static final Actor LEAD = new Actor("lead", "PMO Lead");
    private static final Actor MANAGER = new Actor("manager", "Project Manager");
    private static final Actor ANALYST = new Actor("analyst", "Analyst");
    /** The user directory: every actor of these tests, and nobody else. */
    private static final UserDirectory USERS = keys -> {
        Map<String, String> names = new LinkedHashMap<>();
        for (Actor actor : List.of(LEAD, MANAGER, ANALYST)) {
            if (keys.contains(actor.userKey())) {
                names.put(actor.userKey(), actor.displayName());
            }
        }
        return names;
    };
    private static final ProjectRef PAY = new ProjectRef(1, "PAY", "Payments");
    private static final ProjectRef HR = new ProjectRef(2, "HR", "People");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    private InMemoryPortfolioRepository repository;
    private PortfolioService portfolios;
    private PortfolioBoardService board;
    private ScenarioService scenarios;
    private IntakeService intake;
    private final List<String> created = new ArrayList<>();
    private boolean analystCreates;
    private boolean hostRefuses;

    @BeforeEach
    void setUp() {
        List<StoredIssue> issues = new ArrayList<>();
        // PAY-1..PAY-6: WSJF cost of delay 3 x value over job size; HR-1 hidden from the manager.
        int[][] wsjf = {{20, 1}, {13, 2}, {8, 3}, {5, 5}, {3, 8}, {1, 13}};
        for (int i = 0; i < wsjf.length; i++) {
            issues.add(issue(100 + i, PAY, "PAY-" + (i + 1), wsjf[i][0], wsjf[i][1], 4.0));
        }
        issues.add(issue(200, HR, "HR-1", 20, 1, 4.0));
        InMemoryInitiativeSource source = new InMemoryInitiativeSource(issues);
        ProjectAccess projects = actor -> actor.equals(LEAD) ? List.of(HR, PAY) : List.of(PAY);
        AdminAccess admin = new AdminAccess() {
            @Override
            public boolean isAdministrator(Actor actor) {
                return false;
            }

            @Override
            public boolean administersProject(Actor actor, ProjectRef project) {
                return false;
            }
        };
        PmoLeadAccess leads = actor -> actor.equals(LEAD);
        PortfolioAccessPolicy access = new PortfolioAccessPolicy(projects, admin, leads);
        repository = new InMemoryPortfolioRepository(CLOCK);
        portfolios = new PortfolioService(repository, access, source, USERS, CLOCK);
        InMemoryInitiativeSnapshots snapshots = new InMemoryInitiativeSnapshots();
        board = new PortfolioBoardService(portfolios, repository, access, source, snapshots,
                new BoardFreshness(repository, snapshots), CLOCK);
        scenarios = new ScenarioService(portfolios, board, repository, CLOCK);
        IntakeHost host = new IntakeHost() {
            @Override
            public boolean mayCreateIssues(Actor actor, String projectKey) {
                return !actor.equals(ANALYST) || !"PAY".equals(projectKey) || analystCreates;
            }

            @Override
            public String createInitiative(Actor actor, String projectKey, String issueType, String title,
                    String description, ScoringInputs inputs) {
                if (hostRefuses) {
                    throw new InvalidRequestException(List.of(FieldError.of("initiative", "refused")));
                }
                created.add(projectKey + ":" + issueType + ":" + title);
                return projectKey + "-99";
            }
        };
        intake = new IntakeService(portfolios, repository, access, host, new BoardFreshness(repository, snapshots),
                CLOCK);
    }

    @Test
    void onlyPmoLeadsCreatePortfoliosAndEveryProblemOfADraftIsReportedAtOnce() {
        assertThatThrownBy(() -> portfolios.create(MANAGER, draft("Growth", 12.0)))
                .isInstanceOf(PortfolioForbiddenException.class);
        PortfolioDraft bad = new PortfolioDraft(" ", null, List.of("PAY", "NOPE"), List.of(),
                null, new ScoringConfigurationDraft("WEIGHTED",
                        List.of(new ScoringConfigurationDraft.CriterionDraft("value", "businessValue", 0.0, "BENEFIT"),
                                new ScoringConfigurationDraft.CriterionDraft("size", "jobSize", -1.0, "COST")),
                        null), "hours", -5.0, null, List.of(), "HR");
        assertThatThrownBy(() -> portfolios.create(LEAD, bad)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains("name", "scope.projects",
                        "scope.issueTypes", "scoring.criteria[1].weight", "capacity.unit", "capacity.amount",
                        "intakeProject"));
        assertThat(repository.portfolios()).isEmpty();
    }

    @Test
    void anOwnerWhoIsNoUserIsRefusedOnTheFieldAndNothingIsStored() {
        PortfolioDraft draft = new PortfolioDraft("Growth", "", List.of("PAY", "HR"), List.of("Initiative"), null,
                new ScoringConfigurationDraft("WSJF", null, null), "STORY_POINTS", 12.0, "2027 Q1",
                List.of(" manager ", "ghost", "former-employee"), "PAY");

        assertThatThrownBy(() -> portfolios.create(LEAD, draft)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("owners", "pmo.portfolio.error.owners.unknown",
                        "ghost, former-employee")));
        assertThat(repository.portfolios()).isEmpty();

        StoredPortfolio created = portfolios.create(LEAD, new PortfolioDraft("Growth", "", List.of("PAY", "HR"),
                List.of("Initiative"), null, new ScoringConfigurationDraft("WSJF", null, null), "STORY_POINTS", 12.0,
                "2027 Q1", List.of(" manager ", "analyst"), "PAY"));
        assertThat(created.definition().ownerKeys()).containsExactly("manager", "analyst");
    }

    @Test
    void theBoardRanksWhatTheViewerSeesAndNoRankOrTotalCountsAHiddenInitiative() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        BoardPage lead = board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        BoardPage manager = board.board(MANAGER, portfolio.id(), BoardQuery.firstPage(100));
        assertThat(lead.visible()).isEqualTo(7);
        assertThat(manager.visible()).isEqualTo(6);
        assertThat(keys(manager)).containsExactly("PAY-1", "PAY-2", "PAY-3", "PAY-4", "PAY-5", "PAY-6");
        assertThat(manager.items()).extracting(RankedInitiative::rank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(manager.cutLine().fundedCount()).isEqualTo(3);
        assertThat(lead.cutLine().fundedCount()).isEqualTo(3);
        assertThat(keys(lead)).startsWith("PAY-1", "HR-1");
        assertThat(manager.facets().projects()).containsOnlyKeys("PAY");
        assertThat(manager.mayRank()).isFalse();
    }

    @Test
    void filtersKeepTheWholeBoardsRanksAndPagesAreCutFromWhatTheyKeep() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        BoardPage page = board.board(LEAD, portfolio.id(),
                new BoardQuery(Set.of("PAY"), Set.of(), Set.of(), Set.of(), 1, 2));
        assertThat(page.matching()).isEqualTo(6);
        assertThat(page.items()).extracting(RankedInitiative::rank).containsExactly(3, 4);
    }

    @Test
    void aMoveWritesOnePlacementAndItsAuditAndAStaleMoveIsRefused() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        long moved = board.move(LEAD, portfolio.id(), new RankMove("PAY-6", null, "PAY-1", "Regulator deadline", 0));
        assertThat(moved).isEqualTo(1);
        BoardPage page = board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        assertThat(keys(page)).startsWith("PAY-6", "PAY-1");
        assertThat(page.items().get(0).moved()).isTrue();
        assertThat(page.items().get(0).placement().reason()).isEqualTo("Regulator deadline");
        assertThatThrownBy(() -> board.move(LEAD, portfolio.id(), new RankMove("PAY-5", "PAY-1", "PAY-2", "", 0)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(board.audit(LEAD, portfolio.id(), 0, 10).entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.RANK_MOVED, AuditAction.PORTFOLIO_CREATED);
        board.move(LEAD, portfolio.id(), new RankMove("PAY-5", "PAY-6", "PAY-1", "", 1));
        assertThat(keys(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100))))
                .startsWith("PAY-6", "PAY-5", "PAY-1");
    }

    @Test
    void movesNamingNeighboursOutOfOrderOrUnknownOrHiddenAreRefusedAndChangeNothing() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        assertThatThrownBy(() -> board.move(LEAD, portfolio.id(), new RankMove("PAY-6", "PAY-3", "PAY-2", "", 0)))
                .isInstanceOf(BoardChangedException.class);
        assertThatThrownBy(() -> board.move(LEAD, portfolio.id(), new RankMove("PAY-6", "PAY-404", null, "", 0)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("above"));
        assertThatThrownBy(() -> board.move(MANAGER, portfolio.id(), new RankMove("PAY-6", null, "PAY-1", "", 0)))
                .isInstanceOf(PortfolioForbiddenException.class);
        assertThat(repository.portfolio(portfolio.id()).orElseThrow().rankVersion()).isZero();
    }

    /**
     * 5,000 moves straight under PAY-1, by an owner who does not see HR-1 and now and then by the lead who moves
     * HR-1 into the same gap. The gap is respaced a few times on the way; no move fails, none changes the place of
     * anything but what it moved, and the hidden HR-1 keeps its place when its key is rewritten.
     */
    @Test
    void fiveThousandMovesIntoOneGapAllSucceedAndNoRebalanceChangesTheOrder() {
        StoredPortfolio portfolio = portfolios.create(LEAD, new PortfolioDraft("Growth", "", List.of("PAY", "HR"),
                List.of("Initiative"), null, new ScoringConfigurationDraft("WSJF", null, null), "STORY_POINTS", 12.0,
                "2027 Q1", List.of(MANAGER.userKey()), "PAY"));
        long version = 0;
        int hiddenRewritten = 0;
        String[] movers = {"PAY-5", "PAY-6"};
        for (int i = 0; i < 5_000; i++) {
            boolean lead = i % 1_000 == 300;
            Actor actor = lead ? LEAD : MANAGER;
            String moved = lead ? "HR-1" : movers[i % 2];
            List<String> seen = keys(board.board(actor, portfolio.id(), BoardQuery.firstPage(100)));
            String below = seen.get(1).equals(moved) ? seen.get(2) : seen.get(1);
            List<String> before = keys(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)));
            RankKey hiddenBefore = placementKey(portfolio, 200);

            version = board.move(actor, portfolio.id(), new RankMove(moved, "PAY-1", below, "", version));

            List<String> after = keys(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)));
            assertThat(without(after, moved)).as("move %d", i).isEqualTo(without(before, moved));
            assertThat(after.indexOf(moved)).as("move %d", i).isGreaterThan(after.indexOf("PAY-1"))
                    .isLessThan(after.indexOf(below));
            if (!lead && hiddenBefore != null && !hiddenBefore.equals(placementKey(portfolio, 200))) {
                hiddenRewritten++;
            }
        }
        List<AuditAction> actions = board.audit(LEAD, portfolio.id(), 0, 10_000).entries().stream()
                .map(AuditEntry::action).toList();
        long rebalances = actions.stream().filter(AuditAction.RANKS_REBALANCED::equals).count();
        assertThat(actions.stream().filter(AuditAction.RANK_MOVED::equals).count()).isEqualTo(5_000);
        assertThat(rebalances).isBetween(2L, 20L);
        assertThat(version).isEqualTo(5_000 + rebalances);
        assertThat(hiddenRewritten).isPositive();
        assertThat(repository.placementsAt(portfolio.id(), placementKey(portfolio, 105).position()).values())
                .allSatisfy(placement -> assertThat(placement.key().crowded()).isFalse());
    }

    private RankKey placementKey(StoredPortfolio portfolio, long issueId) {
        RankPlacement placement = repository.placementsOf(portfolio.id(), Set.of(issueId)).get(issueId);
        return placement == null ? null : placement.key();
    }

    private static List<String> without(List<String> keys, String key) {
        List<String> rest = new ArrayList<>(keys);
        rest.remove(key);
        return rest;
    }

    @Test
    void forcingMovesTheCutLineAndResetReturnsAMovedInitiativeToItsScore() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        long version = board.force(LEAD, portfolio.id(), "PAY-6", Forcing.IN, "Contract", 0);
        version = board.force(LEAD, portfolio.id(), "PAY-1", Forcing.OUT, "", version);
        BoardPage page = board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        assertThat(page.items()).filteredOn(item -> item.initiative().issueKey().equals("PAY-6"))
                .extracting(RankedInitiative::funding).containsExactly(Funding.FORCED_IN);
        assertThat(page.cutLine().forcedIn()).isEqualTo(4.0);
        version = board.move(LEAD, portfolio.id(), new RankMove("PAY-6", null, "PAY-1", "", version));
        version = board.resetRank(LEAD, portfolio.id(), "PAY-6", "", version);
        BoardPage after = board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        assertThat(keys(after)).endsWith("PAY-6");
        assertThat(after.items().get(after.items().size() - 1).funding()).isEqualTo(Funding.FORCED_IN);
        assertThat(version).isEqualTo(4);
    }

    @Test
    void aScenarioIsComparedSideBySideAndCommittingItMakesItTheBaselineWithAnAuditEntry() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        Scenario scenario = scenarios.create(LEAD, portfolio.id(),
                new ScenarioDraft("More capacity", null, null, 28.0, "2027 H1", Map.of("PAY-6", "IN")));
        ScenarioComparison comparison = scenarios.compare(LEAD, portfolio.id(), scenario.id(), false, 0, 100);
        assertThat(comparison.baseline().fundedCount()).isEqualTo(3);
        assertThat(comparison.trial().fundedCount()).isEqualTo(7);
        assertThat(comparison.entering()).isEqualTo(4);
        assertThat(comparison.leaving()).isZero();
        ScenarioComparison manager = scenarios.compare(MANAGER, portfolio.id(), scenario.id(), true, 0, 100);
        assertThat(manager.rows()).allSatisfy(row -> assertThat(row.trial().initiative().project().key())
                .isEqualTo("PAY"));
        StoredPortfolio committed = scenarios.commit(LEAD, portfolio.id(), scenario.id(), portfolio.version(),
                portfolio.rankVersion());
        assertThat(committed.definition().capacity().amount()).isEqualTo(28.0);
        assertThat(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)).cutLine().fundedCount())
                .isEqualTo(7);
        assertThat(board.audit(LEAD, portfolio.id(), 0, 10).entries()).extracting(AuditEntry::action)
                .contains(AuditAction.SCENARIO_COMMITTED, AuditAction.FORCED_IN);
        assertThatThrownBy(() -> scenarios.commit(LEAD, portfolio.id(), scenario.id(), portfolio.version(),
                portfolio.rankVersion())).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void intakeRequestsWaitUntilAPmoLeadDecidesAndEveryDecisionIsKept() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        IntakeRequest request = intake.submit(MANAGER, portfolio.id(), new IntakeDraft("Open banking <API>",
                "Regulation & growth", "CFO", Map.of(ScoringInput.JOB_SIZE, 5.0)));
        assertThat(request.state()).isEqualTo(IntakeState.PENDING);
        assertThatThrownBy(() -> intake.decide(MANAGER, portfolio.id(), request.id(), IntakeService.Verdict.ACCEPT,
                "", request.version())).isInstanceOf(PortfolioForbiddenException.class);
        assertThatThrownBy(() -> intake.decide(LEAD, portfolio.id(), request.id(), IntakeService.Verdict.REJECT,
                " ", request.version())).isInstanceOf(InvalidRequestException.class);
        IntakeRequest asked = intake.decide(LEAD, portfolio.id(), request.id(), IntakeService.Verdict.REQUEST_INFO,
                "What does it cost?", request.version());
        IntakeRequest answered = intake.answer(MANAGER, portfolio.id(), request.id(), "About 200k", asked.version());
        IntakeRequest accepted = intake.decide(LEAD, portfolio.id(), request.id(), IntakeService.Verdict.ACCEPT, "",
                answered.version());
        assertThat(accepted.state()).isEqualTo(IntakeState.ACCEPTED);
        assertThat(accepted.issueKey()).isEqualTo("PAY-99");
        assertThat(accepted.decisions()).extracting(IntakeDecision::outcome).containsExactly(
                IntakeState.INFO_REQUESTED, IntakeState.PENDING, IntakeState.ACCEPTED);
        assertThat(created).containsExactly("PAY:Initiative:Open banking <API>");
        assertThatThrownBy(() -> intake.submit(MANAGER, portfolio.id(), new IntakeDraft("", "", null,
                Map.of(ScoringInput.JOB_SIZE, 0.0)))).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains("title", "businessCase", "jobSize"));
    }

    @Test
    void onlyTheRequesterAndWhoMayChangeThePortfolioSeeARequestAndOnlyWhoMayCreateIssuesRequests() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        assertThat(intake.mayRequest(ANALYST, portfolio)).isFalse();
        assertThatThrownBy(() -> intake.submit(ANALYST, portfolio.id(), new IntakeDraft("Mine", "Why", null,
                Map.of()))).isInstanceOfSatisfying(PortfolioForbiddenException.class,
                e -> assertThat(e.getMessage()).isEqualTo(PortfolioForbiddenException.REQUEST));
        IntakeRequest managers = intake.submit(MANAGER, portfolio.id(), new IntakeDraft("Open banking", "Growth",
                null, Map.of()));
        analystCreates = true;
        IntakeRequest analysts = intake.submit(ANALYST, portfolio.id(), new IntakeDraft("Analytics", "Insight",
                null, Map.of()));

        assertThat(intake.requests(ANALYST, portfolio.id(), Set.of())).extracting(IntakeRequest::id)
                .containsExactly(analysts.id());
        assertThat(intake.requests(LEAD, portfolio.id(), Set.of())).extracting(IntakeRequest::id)
                .containsExactlyInAnyOrder(analysts.id(), managers.id());
        assertThatThrownBy(() -> intake.request(ANALYST, portfolio.id(), managers.id()))
                .isInstanceOfSatisfying(PortfolioForbiddenException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(IntakeService.FORBIDDEN_VIEW));
        assertThatThrownBy(() -> intake.request(ANALYST, portfolio.id(), 9_999))
                .isInstanceOf(PortfolioNotFoundException.class);

        IntakeRequest asked = intake.decide(LEAD, portfolio.id(), managers.id(), IntakeService.Verdict.REQUEST_INFO,
                "Cost?", managers.version());
        assertThatThrownBy(() -> intake.answer(LEAD, portfolio.id(), managers.id(), "x", asked.version()))
                .isInstanceOf(PortfolioForbiddenException.class);
        assertThatThrownBy(() -> intake.answer(MANAGER, portfolio.id(), managers.id(), "200k", managers.version()))
                .isInstanceOf(StaleVersionException.class);
        intake.answer(MANAGER, portfolio.id(), managers.id(), "200k", asked.version());
        assertThat(board.audit(LEAD, portfolio.id(), 0, 10).entries()).extracting(AuditEntry::action)
                .startsWith(AuditAction.INTAKE_ANSWERED, AuditAction.INTAKE_INFO_REQUESTED);
    }

    @Test
    void anAcceptanceCreatesItsInitiativeOnceAndARefusedOneLeavesTheRequestWaiting() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft("Growth", 12.0));
        IntakeRequest request = intake.submit(MANAGER, portfolio.id(), new IntakeDraft("Open banking", "Growth",
                null, Map.of()));
        hostRefuses = true;
        assertThatThrownBy(() -> intake.decide(LEAD, portfolio.id(), request.id(), IntakeService.Verdict.ACCEPT, "",
                request.version())).isInstanceOf(InvalidRequestException.class);
        IntakeRequest waiting = intake.request(LEAD, portfolio.id(), request.id());
        assertThat(waiting.state()).isEqualTo(IntakeState.PENDING);
        assertThat(waiting.issueKey()).isNull();
        assertThat(waiting.decisions()).extracting(IntakeDecision::outcome)
                .containsExactly(IntakeState.ACCEPTED, IntakeState.PENDING);
        assertThat(board.audit(LEAD, portfolio.id(), 0, 10).entries()).extracting(AuditEntry::action)
                .startsWith(AuditAction.INTAKE_ACCEPT_FAILED, AuditAction.INTAKE_ACCEPTED);

        hostRefuses = false;
        IntakeRequest accepted = intake.decide(LEAD, portfolio.id(), request.id(), IntakeService.Verdict.ACCEPT, "",
                waiting.version());
        // A second PMO lead who read the same version is refused before anything is created.
        assertThatThrownBy(() -> intake.decide(LEAD, portfolio.id(), request.id(), IntakeService.Verdict.ACCEPT, "",
                waiting.version())).isInstanceOf(InvalidRequestException.class);
        assertThat(accepted.issueKey()).isEqualTo("PAY-99");
        assertThat(created).containsExactly("PAY:Initiative:Open banking");
    }

    private static PortfolioDraft draft(String name, double capacity) {
        return new PortfolioDraft(name, "", List.of("PAY", "HR"), List.of("Initiative"), null,
                new ScoringConfigurationDraft("WSJF", null, null), "STORY_POINTS", capacity, "2027 Q1",
                List.of(), "PAY");
    }

    private static List<String> keys(BoardPage page) {
        return page.items().stream().map(item -> item.initiative().issueKey()).toList();
    }

    private static StoredIssue issue(long id, ProjectRef project, String key, double value, double jobSize,
            Double points) {
        Map<ScoringInput, Double> inputs = new EnumMap<>(ScoringInput.class);
        inputs.put(ScoringInput.BUSINESS_VALUE, value);
        inputs.put(ScoringInput.TIME_CRITICALITY, value);
        inputs.put(ScoringInput.RISK_REDUCTION, value);
        inputs.put(ScoringInput.JOB_SIZE, jobSize);
        return new StoredIssue("Initiative", new Initiative(id, key, project, "Initiative " + key, "To Do", "new",
                "Growth", "ann", "Ann", ScoringInputs.of(inputs), new Estimates(points, null, null)));
    }
}
