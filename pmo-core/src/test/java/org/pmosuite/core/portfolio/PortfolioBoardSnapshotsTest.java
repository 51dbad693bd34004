package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.InitiativeSourceContract.StoredIssue;
import org.pmosuite.core.portfolio.scoring.ScoringConfigurationDraft;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/** The board reads each viewer's initiatives once and keeps them, and nothing kept is ever stale after our writes. */
class PortfolioBoardSnapshotsTest {

    private static final Actor LEAD = new Actor("lead", "PMO Lead");
    /** Browses the same projects as the lead, but PAY-2's issue security hides it from them. */
    private static final Actor AUDITOR = new Actor("auditor", "Auditor");
    private static final Actor MANAGER = new Actor("manager", "Project Manager");
    private static final ProjectRef PAY = new ProjectRef(1, "PAY", "Payments");
    private static final ProjectRef HR = new ProjectRef(2, "HR", "People");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Instant NINE = Instant.parse("2026-12-02T09:00:00Z");

    private CountingSource source;
    private InMemoryPortfolioRepository repository;
    private PortfolioService portfolios;
    private PortfolioBoardService board;
    private ScenarioService scenarios;
    private InMemoryInitiativeSnapshots snapshots;
    private final AtomicReference<Instant> now = new AtomicReference<>(NINE);

    @BeforeEach
    void setUp() {
        List<StoredIssue> issues = new ArrayList<>();
        int[][] wsjf = {{20, 1}, {13, 2}, {8, 3}, {5, 5}};
        for (int i = 0; i < wsjf.length; i++) {
            issues.add(issue(100 + i, PAY, "PAY-" + (i + 1), wsjf[i][0], wsjf[i][1]));
        }
        issues.add(issue(200, HR, "HR-1", 20, 1));
        source = new CountingSource(new InMemoryInitiativeSource(issues));
        ProjectAccess projects = actor -> actor.equals(MANAGER) ? List.of(PAY) : List.of(HR, PAY);
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
        PortfolioAccessPolicy access = new PortfolioAccessPolicy(projects, admin, actor -> actor.equals(LEAD));
        repository = new InMemoryPortfolioRepository(CLOCK);
        snapshots = new InMemoryInitiativeSnapshots();
        portfolios = new PortfolioService(repository, access, source, keys -> Map.of(), CLOCK);
        board = new PortfolioBoardService(portfolios, repository, access, source, snapshots,
                new BoardFreshness(repository, snapshots), new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        scenarios = new ScenarioService(portfolios, board, repository, CLOCK);
    }

    /** What changes in Jira's own screens shows once anyone who sees the board refreshes it, for every viewer. */
    @Test
    void aRefreshReadsEveryViewersInitiativesAgainAndTheBoardSaysWhenTheyWereRead() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft(List.of("PAY", "HR")));
        assertThat(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)).readAt()).isEqualTo(NINE);
        board.board(MANAGER, portfolio.id(), BoardQuery.firstPage(100));
        source.editedInJira.put("PAY-1", "Instant payments, phase 2");
        now.set(NINE.plusSeconds(120));

        BoardPage kept = board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        assertThat(kept.readAt()).isEqualTo(NINE);
        assertThat(titles(kept)).doesNotContain("Instant payments, phase 2");
        int reads = source.pages.get();

        board.refresh(MANAGER, portfolio.id());

        BoardPage lead = board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        BoardPage manager = board.board(MANAGER, portfolio.id(), BoardQuery.firstPage(100));
        assertThat(titles(lead)).contains("Instant payments, phase 2");
        assertThat(titles(manager)).contains("Instant payments, phase 2");
        assertThat(lead.readAt()).isEqualTo(NINE.plusSeconds(120));
        assertThat(source.pages.get()).isGreaterThan(reads);
    }

    @Test
    void whoCannotSeeAPortfolioCannotRefreshIt() {
        StoredPortfolio people = portfolios.create(LEAD, named("People", List.of("HR")));
        long generation = snapshots.generation(people.id());

        assertThatThrownBy(() -> board.refresh(MANAGER, people.id())).isInstanceOf(PortfolioNotFoundException.class);
        assertThatThrownBy(() -> board.refresh(MANAGER, 999)).isInstanceOf(PortfolioNotFoundException.class);

        assertThat(snapshots.generation(people.id())).isEqualTo(generation);
    }

    @Test
    void theSecondBoardReadAndTheComparisonAndTheExportDoNotReadTheSourceAgain() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft(List.of("PAY", "HR")));
        BoardPage first = board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        int reads = source.pages.get();
        assertThat(reads).isPositive();

        BoardPage second = board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        Scenario scenario = scenarios.create(LEAD, portfolio.id(),
                new ScenarioDraft("More", null, null, 40.0, null, Map.of()));
        scenarios.compare(LEAD, portfolio.id(), scenario.id(), false, 0, 100);
        board.export(LEAD, portfolio.id(), BoardQuery.firstPage(100));

        assertThat(source.pages.get()).isEqualTo(reads);
        assertThat(keys(second)).isEqualTo(keys(first));
    }

    @Test
    void aMoveShowsAtOnceWithoutReadingTheWholeScopeAgain() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft(List.of("PAY", "HR")));
        board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        int reads = source.pages.get();

        board.move(LEAD, portfolio.id(), new RankMove("PAY-4", null, "PAY-1", "", 0));

        assertThat(keys(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)))).startsWith("PAY-4");
        assertThat(source.pages.get()).isEqualTo(reads);
    }

    /** Same projects, same scope: only the viewer tells the two snapshots apart. */
    @Test
    void twoViewersNeverShareASnapshotSoAHiddenInitiativeNeverLeaks() {
        source.hiddenFrom(AUDITOR, "PAY-2");
        StoredPortfolio portfolio = portfolios.create(LEAD, draft(List.of("PAY", "HR")));
        assertThat(keys(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)))).contains("PAY-2");

        BoardPage auditor = board.board(AUDITOR, portfolio.id(), BoardQuery.firstPage(100));
        BoardPage manager = board.board(MANAGER, portfolio.id(), BoardQuery.firstPage(100));

        assertThat(keys(auditor)).doesNotContain("PAY-2").contains("HR-1");
        assertThat(auditor.visible()).isEqualTo(4);
        assertThat(keys(manager)).containsExactly("PAY-1", "PAY-2", "PAY-3", "PAY-4");
        assertThat(keys(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)))).contains("PAY-2");
        assertThat(snapshots.size()).isEqualTo(3);
    }

    @Test
    void anInputsEditShowsAtOnceOnEveryViewersBoardOfEveryPortfolioOfItsProject() {
        StoredPortfolio growth = portfolios.create(LEAD, draft(List.of("PAY", "HR")));
        StoredPortfolio people = portfolios.create(LEAD, named("People", List.of("HR")));
        StoredPortfolio payments = portfolios.create(LEAD, named("Payments", List.of("PAY")));
        board.board(LEAD, growth.id(), BoardQuery.firstPage(100));
        board.board(MANAGER, growth.id(), BoardQuery.firstPage(100));
        board.board(LEAD, people.id(), BoardQuery.firstPage(100));
        board.board(LEAD, payments.id(), BoardQuery.firstPage(100));
        int reads = source.pages.get();

        // PAY-4 (WSJF 3, last) scores 60 like PAY-1 and HR-1, and ranks between them by age.
        board.updateInputs(LEAD, growth.id(), "PAY-4", Map.of(ScoringInput.BUSINESS_VALUE, 20.0,
                ScoringInput.TIME_CRITICALITY, 20.0, ScoringInput.RISK_REDUCTION, 20.0, ScoringInput.JOB_SIZE, 1.0),
                Set.of());

        assertThat(keys(board.board(LEAD, growth.id(), BoardQuery.firstPage(100))))
                .startsWith("PAY-1", "PAY-4", "HR-1");
        assertThat(keys(board.board(MANAGER, growth.id(), BoardQuery.firstPage(100)))).startsWith("PAY-1", "PAY-4");
        assertThat(keys(board.board(LEAD, payments.id(), BoardQuery.firstPage(100)))).startsWith("PAY-1", "PAY-4");
        int afterEdit = source.pages.get();
        assertThat(afterEdit).isGreaterThan(reads);
        board.board(LEAD, people.id(), BoardQuery.firstPage(100));
        assertThat(source.pages.get()).as("a portfolio without PAY keeps its snapshot").isEqualTo(afterEdit);
    }

    @Test
    void anInputsEditTheHostRefusesStillForgetsWhatItMayHavePartlyWritten() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft(List.of("PAY", "HR")));
        board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        long generation = snapshots.generation(portfolio.id());
        source.refuseWrites = true;

        assertThatThrownBy(() -> board.updateInputs(LEAD, portfolio.id(), "PAY-4",
                Map.of(ScoringInput.BUSINESS_VALUE, 20.0), Set.of())).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("refused"));

        assertThat(snapshots.generation(portfolio.id())).isNotEqualTo(generation);
    }

    @Test
    void aChangedScopeShowsAtOnce() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft(List.of("PAY", "HR")));
        assertThat(keys(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)))).contains("HR-1");

        portfolios.update(LEAD, portfolio.id(), draft(List.of("PAY")), portfolio.version());

        assertThat(keys(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)))).doesNotContain("HR-1")
                .hasSize(4);
        StoredPortfolio changed = repository.portfolio(portfolio.id()).orElseThrow();
        portfolios.update(LEAD, portfolio.id(), new PortfolioDraft("Growth", "", List.of("PAY", "HR"),
                List.of("Initiative"), "status = Done", new ScoringConfigurationDraft("WSJF", null, null),
                "STORY_POINTS", 12.0, "2027 Q1", List.of(), "PAY"), changed.version());
        assertThat(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)).visible()).isZero();
    }

    @Test
    void aScoringChangeReranksTheKeptSnapshotAtOnce() {
        StoredPortfolio portfolio = portfolios.create(LEAD, draft(List.of("PAY", "HR")));
        board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100));
        int reads = source.pages.get();

        portfolios.update(LEAD, portfolio.id(), new PortfolioDraft("Growth", "", List.of("PAY", "HR"),
                List.of("Initiative"), null, new ScoringConfigurationDraft("WSJF", null, null), "STORY_POINTS", 4.0,
                "2027 Q1", List.of(), "PAY"), portfolio.version());

        assertThat(board.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)).cutLine().capacity().amount())
                .isEqualTo(4.0);
        assertThat(source.pages.get()).isEqualTo(reads);
    }

    @Test
    void aLostProjectIsGoneFromTheViewersBoardAtOnce() {
        List<ProjectRef> browsable = new ArrayList<>(List.of(HR, PAY));
        PortfolioAccessPolicy access = new PortfolioAccessPolicy(actor -> List.copyOf(browsable),
                new AdminAccess() {
                    @Override
                    public boolean isAdministrator(Actor actor) {
                        return true;
                    }

                    @Override
                    public boolean administersProject(Actor actor, ProjectRef project) {
                        return true;
                    }
                }, actor -> true);
        PortfolioService service = new PortfolioService(repository, access, source, keys -> Map.of(), CLOCK);
        PortfolioBoardService boardOfOne = new PortfolioBoardService(service, repository, access, source, snapshots,
                new BoardFreshness(repository, snapshots), CLOCK);
        StoredPortfolio portfolio = service.create(LEAD, draft(List.of("PAY", "HR")));
        assertThat(keys(boardOfOne.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)))).contains("HR-1");

        browsable.remove(HR);

        assertThat(keys(boardOfOne.board(LEAD, portfolio.id(), BoardQuery.firstPage(100)))).doesNotContain("HR-1");
    }

    private static PortfolioDraft draft(List<String> projects) {
        return named("Growth", projects);
    }

    private static PortfolioDraft named(String name, List<String> projects) {
        return new PortfolioDraft(name, "", projects, List.of("Initiative"), null,
                new ScoringConfigurationDraft("WSJF", null, null), "STORY_POINTS", 12.0, "2027 Q1", List.of(),
                projects.get(0));
    }

    private static List<String> titles(BoardPage page) {
        return page.items().stream().map(item -> item.initiative().title()).toList();
    }

    private static List<String> keys(BoardPage page) {
        return page.items().stream().map(item -> item.initiative().issueKey()).toList();
    }

    private static StoredIssue issue(long id, ProjectRef project, String key, double value, double jobSize) {
        Map<ScoringInput, Double> inputs = new EnumMap<>(ScoringInput.class);
        inputs.put(ScoringInput.BUSINESS_VALUE, value);
        inputs.put(ScoringInput.TIME_CRITICALITY, value);
        inputs.put(ScoringInput.RISK_REDUCTION, value);
        inputs.put(ScoringInput.JOB_SIZE, jobSize);
        return new StoredIssue("Initiative", new Initiative(id, key, project, "Initiative " + key, "To Do", "new",
                "Growth", "ann", "Ann", ScoringInputs.of(inputs), new Estimates(4.0, null, null)));
    }

    /** The fake source, counting the pages read, with issue security for one viewer and a host refusing writes. */
    private static final class CountingSource implements InitiativeSource {
        private final InitiativeSource delegate;
        private final AtomicInteger pages = new AtomicInteger();
        private Actor hiddenFrom;
        private String hiddenKey;
        private boolean refuseWrites;
        /** Titles changed in Jira's own issue screen, which the app does not hear of, by issue key. */
        private final Map<String, String> editedInJira = new ConcurrentHashMap<>();

        CountingSource(InitiativeSource delegate) {
            this.delegate = delegate;
        }

        void hiddenFrom(Actor actor, String issueKey) {
            hiddenFrom = actor;
            hiddenKey = issueKey;
        }

        private boolean visible(Actor actor, Initiative initiative) {
            return !(actor.equals(hiddenFrom) && initiative.issueKey().equals(hiddenKey));
        }

        @Override
        public List<Initiative> page(Actor actor, PortfolioScope scope, long afterIssueId, int max) {
            pages.incrementAndGet();
            return delegate.page(actor, scope, afterIssueId, max).stream()
                    .filter(initiative -> visible(actor, initiative)).map(this::asInJira).toList();
        }

        @Override
        public Optional<Initiative> find(Actor actor, PortfolioScope scope, String issueKey) {
            return delegate.find(actor, scope, issueKey).filter(initiative -> visible(actor, initiative))
                    .map(this::asInJira);
        }

        private Initiative asInJira(Initiative i) {
            String title = editedInJira.getOrDefault(i.issueKey(), i.title());
            return new Initiative(i.issueId(), i.issueKey(), i.project(), title, i.status(), i.statusCategory(),
                    i.theme(), i.ownerKey(), i.ownerName(), i.inputs(), i.estimates());
        }

        @Override
        public List<FieldError> checkScope(Actor actor, PortfolioScope scope) {
            return delegate.checkScope(actor, scope);
        }

        @Override
        public Initiative updateInputs(Actor actor, PortfolioScope scope, String issueKey, ScoringInputs values,
                Set<ScoringInput> cleared) {
            if (refuseWrites) {
                throw new InvalidRequestException(List.of(FieldError.of("businessValue", "refused")));
            }
            return delegate.updateInputs(actor, scope, issueKey, values, cleared);
        }
    }
}
