package org.pmosuite.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.core.portfolio.scoring.ScoringInputs;

/**
 * What every {@link InitiativeSource} adapter must mean, run against each of them over the same issues: pages in
 * issue id order after a given id, never more than asked and never past {@link InitiativeSource#MAX_PAGE}; only the
 * scope's projects, issue types and JQL filter; never an issue the reader may not see (a project they may not
 * browse, an issue security level they are not granted); inputs read back as stored, a missing one missing and never
 * 0; writes that check the scale and the reader's right to edit, all or nothing.
 *
 * <p>The JQL filters used here ({@code status = "..."}, {@code status in (...)}) are those every adapter runs: Jira's
 * and the sandbox's small subset.
 */
public abstract class InitiativeSourceContract {

    /** The actor every adapter answers for; what they may see and edit is described by {@link Fixture}. */
    protected static final Actor READER = new Actor("contract-reader", "Contract Reader");

    /** The request fields {@link InitiativeSource#checkScope} reports against. */
    protected static final String ISSUE_TYPES_FIELD = "scope.issueTypes";
    protected static final String JQL_FIELD = "scope.jql";

    protected static final ProjectRef PAY = new ProjectRef(1, "PAY", "Payments Platform");
    protected static final ProjectRef HR = new ProjectRef(2, "HR", "HR Self-Service");
    protected static final ProjectRef OPS = new ProjectRef(3, "OPS", "Operations & <Resilience>");
    protected static final ProjectRef SECRET = new ProjectRef(4, "SECRET", "Mergers");

    /**
     * One issue of the store: its issue type (which {@link Initiative} does not carry) and the initiative as every
     * adapter must read it back, ids included.
     */
    public record StoredIssue(String issueType, Initiative initiative) {
    }

    /**
     * What the store holds and what {@link #READER} may do with it.
     *
     * @param issues              every issue, initiatives and others, each read back as given
     * @param issueTypes          the issue types the host knows; every issue's type is one of them
     * @param unbrowsableProjects projects the reader may not browse (every other project of the issues they may)
     * @param readOnlyProjects    projects the reader may browse but whose issues they may not edit
     * @param hiddenIssueKeys     issues under an issue security level the reader is not granted
     */
    public record Fixture(List<StoredIssue> issues, Set<String> issueTypes, Set<String> unbrowsableProjects,
            Set<String> readOnlyProjects, Set<String> hiddenIssueKeys) {
    }

    protected static final Fixture FIXTURE = new Fixture(List.of(
            // Ids deliberately out of key order, with gaps, so that an adapter ordering by key or by position fails.
            initiative(11, PAY, "PAY-1", "Initiative", "Instant payments for business accounts", "In Progress",
                    "Customer growth", "ann", "Ann Archer", inputs(ScoringInput.BUSINESS_VALUE, 13,
                            ScoringInput.TIME_CRITICALITY, 8, ScoringInput.RISK_REDUCTION, 3, ScoringInput.JOB_SIZE,
                            5, ScoringInput.REACH, 40_000, ScoringInput.IMPACT, 2, ScoringInput.CONFIDENCE, 80,
                            ScoringInput.EFFORT, 6, ScoringInput.EASE, 4, ScoringInput.MOSCOW, 4,
                            ScoringInput.COST_OF_DELAY, 25_000, ScoringInput.DURATION, 12),
                    new Estimates(40.0, 120.0, 96_000.0)),
            story(12, PAY, "PAY-2", "Refactor the ledger"),
            // Markup and quotes in a title are stored and read exactly as typed.
            initiative(14, HR, "HR-1", "Initiative", "Self-service <b>payslips</b> & \"tax\" forms", "To Do",
                    "Cost to serve", "bob", "Bob Baker", inputs(ScoringInput.BUSINESS_VALUE, 5,
                            ScoringInput.TIME_CRITICALITY, 2, ScoringInput.RISK_REDUCTION, 1), Estimates.NONE),
            initiative(15, PAY, "PAY-3", "Epic", "Card tokenisation", "In Progress", "Platform", null, null,
                    ScoringInputs.empty(), Estimates.NONE),
            initiative(17, OPS, "OPS-1", "Initiative", "Data centre exit", "Done", "Platform", "ann", "Ann Archer",
                    inputs(ScoringInput.MOSCOW, 3, ScoringInput.COST_OF_DELAY, 0, ScoringInput.DURATION, 26),
                    new Estimates(null, 300.0, null)),
            initiative(18, OPS, "OPS-2", "Initiative", "Sell the Leeds office", "To Do", "Cost to serve", "ann",
                    "Ann Archer", inputs(ScoringInput.MOSCOW, 4), Estimates.NONE),
            initiative(20, SECRET, "SECRET-1", "Initiative", "Acquire a fintech", "In Progress", "Customer growth",
                    "bob", "Bob Baker", inputs(ScoringInput.BUSINESS_VALUE, 20), Estimates.NONE),
            initiative(21, PAY, "PAY-4", "Initiative", "PSD3 readiness", "To Do", "Compliance", "bob", "Bob Baker",
                    inputs(ScoringInput.BUSINESS_VALUE, 8, ScoringInput.TIME_CRITICALITY, 20,
                            ScoringInput.RISK_REDUCTION, 13, ScoringInput.JOB_SIZE, 1, ScoringInput.REACH, 12_500.5,
                            ScoringInput.IMPACT, 0.25, ScoringInput.CONFIDENCE, 50, ScoringInput.EFFORT, 0.5,
                            ScoringInput.EASE, 10, ScoringInput.MOSCOW, 1, ScoringInput.COST_OF_DELAY, 42_000.75,
                            ScoringInput.DURATION, 1.5),
                    new Estimates(3.0, 0.5, 1_250.25)),
            initiative(23, HR, "HR-2", "Epic", "Onboarding journey", "In Progress", null, null, null,
                    inputs(ScoringInput.EASE, 7), new Estimates(13.0, null, null)),
            initiative(24, PAY, "PAY-10", "Initiative", "Real-time fraud scoring", "In Progress", "Compliance", "ann",
                    "Ann Archer", inputs(ScoringInput.REACH, 0, ScoringInput.IMPACT, 3, ScoringInput.CONFIDENCE, 100,
                            ScoringInput.EFFORT, 24), Estimates.NONE),
            story(26, OPS, "OPS-3", "Patch the routers"),
            initiative(30, PAY, "PAY-11", "Initiative", "Open banking APIs", "Done", "Platform", null, null,
                    inputs(ScoringInput.JOB_SIZE, 20), Estimates.NONE),
            initiative(31, OPS, "OPS-4", "Epic", "Pager rota", "To Do", "Platform", "bob", "Bob Baker",
                    ScoringInputs.empty(), Estimates.NONE)),
            Set.of("Initiative", "Epic", "Story"), Set.of("SECRET"), Set.of("HR"), Set.of("OPS-2"));

    /** Every project and both initiative types: what a portfolio over the whole fixture asks for. */
    protected static final PortfolioScope EVERYTHING = new PortfolioScope(Set.of("PAY", "HR", "OPS", "SECRET"),
            Set.of("Initiative", "Epic"), null);

    private InitiativeSource source;

    /** The adapter under test over a store holding exactly the fixture's issues, with its permissions. */
    protected abstract InitiativeSource adapterOver(Fixture fixture) throws Exception;

    @BeforeEach
    void storeTheIssues() throws Exception {
        source = adapterOver(FIXTURE);
    }

    // Paging

    @Test
    void readsBackEveryVisibleInitiativeAsStoredInIssueIdOrder() {
        assertThat(source.page(READER, EVERYTHING, 0, InitiativeSource.MAX_PAGE))
                .containsExactlyElementsOf(expected(EVERYTHING));
        assertThat(expected(EVERYTHING)).extracting(Initiative::issueKey).containsExactly("PAY-1", "HR-1", "PAY-3",
                "OPS-1", "PAY-4", "HR-2", "PAY-10", "PAY-11", "OPS-4");
    }

    @Test
    void startsAfterTheGivenIssueIdAndReturnsAtMostMax() {
        assertThat(source.page(READER, EVERYTHING, 15, 3)).extracting(Initiative::issueKey)
                .containsExactly("OPS-1", "PAY-4", "HR-2");
        // An id that is no initiative's, or a hidden one's, is a start like any other.
        assertThat(source.page(READER, EVERYTHING, 18, 2)).extracting(Initiative::issueKey)
                .containsExactly("PAY-4", "HR-2");
        assertThat(source.page(READER, EVERYTHING, 31, 10)).isEmpty();
        assertThat(source.page(READER, EVERYTHING, -5, 1)).extracting(Initiative::issueKey).containsExactly("PAY-1");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 1_000})
    void pagingThroughTheScopeVisitsEveryVisibleInitiativeExactlyOnce(int max) {
        List<Initiative> visited = new ArrayList<>();
        long after = 0;
        int pages = 0;
        while (true) {
            List<Initiative> page = source.page(READER, EVERYTHING, after, max);
            assertThat(page).hasSizeLessThanOrEqualTo(max);
            if (page.isEmpty()) {
                break;
            }
            visited.addAll(page);
            after = page.get(page.size() - 1).issueId();
            assertThat(++pages).as("pages").isLessThanOrEqualTo(expected(EVERYTHING).size() + 1);
        }
        assertThat(visited).containsExactlyElementsOf(expected(EVERYTHING));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, InitiativeSource.MAX_PAGE + 1, Integer.MAX_VALUE})
    void refusesAPageSizeOutsideTheSearchWindow(int max) {
        assertThatThrownBy(() -> source.page(READER, EVERYTHING, 0, max))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnsOnlyTheProjectsOfTheScope() {
        PortfolioScope hr = new PortfolioScope(Set.of("HR"), Set.of("Initiative", "Epic"), null);
        PortfolioScope payAndOps = new PortfolioScope(Set.of("PAY", "OPS"), Set.of("Initiative", "Epic"), null);

        assertThat(source.page(READER, hr, 0, 100)).extracting(Initiative::issueKey).containsExactly("HR-1", "HR-2");
        assertThat(source.page(READER, payAndOps, 0, 100)).containsExactlyElementsOf(expected(payAndOps));
        assertThat(source.page(READER, new PortfolioScope(Set.of("NOSUCH"), Set.of("Initiative"), null), 0, 100))
                .isEmpty();
    }

    @Test
    void returnsOnlyTheIssueTypesOfTheScope() {
        PortfolioScope epics = new PortfolioScope(Set.of("PAY", "HR", "OPS"), Set.of("Epic"), null);
        PortfolioScope stories = new PortfolioScope(Set.of("PAY", "HR", "OPS"), Set.of("Story"), null);

        assertThat(source.page(READER, epics, 0, 100)).extracting(Initiative::issueKey)
                .containsExactly("PAY-3", "HR-2", "OPS-4");
        // Any issue type may be a portfolio's: the adapter knows no list of "initiative" types of its own.
        assertThat(source.page(READER, stories, 0, 100)).extracting(Initiative::issueKey)
                .containsExactly("PAY-2", "OPS-3");
    }

    @Test
    void neverReturnsWhatTheReaderMayNotSee() {
        assertThat(source.page(READER, EVERYTHING, 0, 1_000)).extracting(Initiative::issueKey)
                .doesNotContain("OPS-2", "SECRET-1");
        assertThat(source.page(READER, new PortfolioScope(Set.of("SECRET"), Set.of("Initiative"), null), 0, 100))
                .isEmpty();
        assertThat(source.page(READER, new PortfolioScope(Set.of("OPS"), Set.of("Initiative"), null), 0, 100))
                .extracting(Initiative::issueKey).containsExactly("OPS-1");
        assertThat(source.find(READER, EVERYTHING, "OPS-2")).isEmpty();
        assertThat(source.find(READER, EVERYTHING, "SECRET-1")).isEmpty();
    }

    @Test
    void narrowsByTheScopesJqlFilter() {
        PortfolioScope inProgress = new PortfolioScope(EVERYTHING.projectKeys(), EVERYTHING.issueTypes(),
                "status = \"In Progress\"");
        PortfolioScope notStarted = new PortfolioScope(EVERYTHING.projectKeys(), EVERYTHING.issueTypes(),
                "status in (\"To Do\", \"Done\")");

        assertThat(source.checkScope(READER, inProgress)).isEmpty();
        assertThat(source.page(READER, inProgress, 0, 100)).extracting(Initiative::issueKey)
                .containsExactly("PAY-1", "PAY-3", "HR-2", "PAY-10");
        assertThat(source.page(READER, notStarted, 0, 100)).extracting(Initiative::issueKey)
                .containsExactly("HR-1", "OPS-1", "PAY-4", "PAY-11", "OPS-4");
        assertThat(source.find(READER, inProgress, "PAY-4")).isEmpty();
        assertThat(source.find(READER, notStarted, "PAY-4")).isPresent();
    }

    // Inputs

    @Test
    void anInputTheIssueDoesNotCarryIsMissingNeverZero() {
        Initiative partial = source.find(READER, EVERYTHING, "HR-1").orElseThrow();
        Initiative none = source.find(READER, EVERYTHING, "PAY-3").orElseThrow();

        assertThat(partial.inputs().has(ScoringInput.JOB_SIZE)).isFalse();
        assertThat(partial.inputs().get(ScoringInput.JOB_SIZE)).isEmpty();
        assertThat(partial.inputs().asMap()).containsOnlyKeys(ScoringInput.BUSINESS_VALUE,
                ScoringInput.TIME_CRITICALITY, ScoringInput.RISK_REDUCTION);
        assertThat(none.inputs()).isEqualTo(ScoringInputs.empty());
        assertThat(none.estimates()).isEqualTo(Estimates.NONE);
        // A stored 0 is a value, not a missing input.
        Initiative zero = source.find(READER, EVERYTHING, "PAY-10").orElseThrow();
        assertThat(zero.inputs().get(ScoringInput.REACH)).hasValue(0);
        assertThat(zero.inputs().has(ScoringInput.EASE)).isFalse();
    }

    // Finding one

    @ParameterizedTest
    @ValueSource(strings = {"PAY-10", "pay-10", " Pay-10 "})
    void findsAVisibleInitiativeByKeyWhateverTheCase(String key) {
        assertThat(source.find(READER, EVERYTHING, key)).contains(stored("PAY-10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAY-99", "PAY-2", "OPS-3", "OPS-2", "SECRET-1", "NOSUCH-1", "PAY", "PAY-", "-1", "PAY-1x",
        "PAY-1 OR 1=1", ""})
    void findsNothingMissingHiddenOutOfScopeOrMalformed(String key) {
        assertThat(source.find(READER, EVERYTHING, key)).isEmpty();
    }

    @Test
    void findsOnlyInTheScopesProjectsAndTypes() {
        assertThat(source.find(READER, new PortfolioScope(Set.of("HR"), Set.of("Initiative", "Epic"), null),
                "PAY-1")).isEmpty();
        assertThat(source.find(READER, new PortfolioScope(Set.of("PAY"), Set.of("Epic"), null), "PAY-1")).isEmpty();
        assertThat(source.find(READER, new PortfolioScope(Set.of("PAY"), Set.of("Epic"), null), "PAY-3"))
                .contains(stored("PAY-3"));
    }

    // Writing inputs

    @Test
    void writesAndClearsInputsAndAnswersTheIssueAsStored() {
        Initiative before = stored("PAY-4");
        ScoringInputs values = ScoringInputs.of(Map.of(ScoringInput.BUSINESS_VALUE, 13.0, ScoringInput.REACH, 99.5));

        Initiative written = source.updateInputs(READER, EVERYTHING, "pay-4", values,
                Set.of(ScoringInput.EASE, ScoringInput.DURATION));

        ScoringInputs expected = before.inputs().with(ScoringInput.BUSINESS_VALUE, 13).with(ScoringInput.REACH, 99.5)
                .without(ScoringInput.EASE).without(ScoringInput.DURATION);
        assertThat(written).isEqualTo(withInputs(before, expected));
        assertThat(source.find(READER, EVERYTHING, "PAY-4")).contains(written);
        assertThat(source.page(READER, EVERYTHING, 0, 1_000)).contains(written);
    }

    @Test
    void writesInputsToAnIssueThatCarriedNone() {
        ScoringInputs values = ScoringInputs.of(Map.of(ScoringInput.MOSCOW, 2.0, ScoringInput.CONFIDENCE, 0.0));

        Initiative written = source.updateInputs(READER, EVERYTHING, "PAY-3", values, Set.of(ScoringInput.JOB_SIZE));

        assertThat(written).isEqualTo(withInputs(stored("PAY-3"), values));
        assertThat(source.find(READER, EVERYTHING, "PAY-3")).contains(written);
    }

    @Test
    void clearingEveryInputLeavesAnIssueWithoutInputs() {
        Initiative written = source.updateInputs(READER, EVERYTHING, "OPS-1", ScoringInputs.empty(),
                Set.of(ScoringInput.values()));

        assertThat(written).isEqualTo(withInputs(stored("OPS-1"), ScoringInputs.empty()));
        assertThat(source.find(READER, EVERYTHING, "OPS-1").orElseThrow().inputs()).isEqualTo(ScoringInputs.empty());
    }

    @Test
    void nothingToWriteAnswersTheIssueUnchanged() {
        assertThat(source.updateInputs(READER, EVERYTHING, "PAY-1", ScoringInputs.empty(), Set.of()))
                .isEqualTo(stored("PAY-1"));
    }

    @Test
    void refusesValuesOffTheirScaleOneErrorPerInputAndWritesNothing() {
        ScoringInputs values = ScoringInputs.of(Map.of(ScoringInput.BUSINESS_VALUE, 4.0, ScoringInput.CONFIDENCE,
                120.0, ScoringInput.JOB_SIZE, 0.0, ScoringInput.IMPACT, 0.75, ScoringInput.EFFORT, Double.NaN,
                ScoringInput.EASE, 5.0));

        assertThatThrownBy(() -> source.updateInputs(READER, EVERYTHING, "PAY-1", values, Set.of(ScoringInput.REACH)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder(
                                ScoringInput.BUSINESS_VALUE.fieldName(), ScoringInput.CONFIDENCE.fieldName(),
                                ScoringInput.JOB_SIZE.fieldName(), ScoringInput.IMPACT.fieldName(),
                                ScoringInput.EFFORT.fieldName()));
        assertThat(source.find(READER, EVERYTHING, "PAY-1")).contains(stored("PAY-1"));
    }

    @Test
    void refusesAReaderWhoMaySeeButNotEditAndWritesNothing() {
        ScoringInputs values = ScoringInputs.of(Map.of(ScoringInput.JOB_SIZE, 3.0));

        assertThatThrownBy(() -> source.updateInputs(READER, EVERYTHING, "HR-1", values, Set.of()))
                .isInstanceOfSatisfying(InitiativeNotEditableException.class,
                        e -> assertThat(e.issueKey()).isEqualTo("HR-1"));
        // Also with values off the scale: whether the reader may edit is decided first.
        assertThatThrownBy(() -> source.updateInputs(READER, EVERYTHING, "HR-2",
                ScoringInputs.of(Map.of(ScoringInput.JOB_SIZE, 4.0)), Set.of()))
                .isInstanceOf(InitiativeNotEditableException.class);
        assertThat(source.find(READER, EVERYTHING, "HR-1")).contains(stored("HR-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPS-2", "SECRET-1", "PAY-99", "PAY-2", "bogus"})
    void refusesToWriteWhatItWouldNotFind(String key) {
        ScoringInputs values = ScoringInputs.of(Map.of(ScoringInput.MOSCOW, 4.0));

        assertThatThrownBy(() -> source.updateInputs(READER, EVERYTHING, key, values, Set.of()))
                .isInstanceOf(InitiativeNotFoundException.class);
    }

    @Test
    void refusesAnInputThatIsBothWrittenAndCleared() {
        ScoringInputs values = ScoringInputs.of(Map.of(ScoringInput.MOSCOW, 4.0));

        assertThatThrownBy(() -> source.updateInputs(READER, EVERYTHING, "PAY-1", values, Set.of(ScoringInput.MOSCOW)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(source.find(READER, EVERYTHING, "PAY-1")).contains(stored("PAY-1"));
    }

    // Checking a scope

    @Test
    void aScopeOfKnownIssueTypesAndNoFilterIsFine() {
        assertThat(source.checkScope(READER, EVERYTHING)).isEmpty();
        assertThat(source.checkScope(READER, new PortfolioScope(Set.of("PAY"), Set.of("Story"), null))).isEmpty();
    }

    @Test
    void reportsIssueTypesTheHostDoesNotKnow() {
        PortfolioScope scope = new PortfolioScope(Set.of("PAY"), Set.of("Initiative", "Feature", "Theme"), null);

        List<FieldError> errors = source.checkScope(READER, scope);

        assertThat(errors).isNotEmpty().extracting(FieldError::field).containsOnly(ISSUE_TYPES_FIELD);
        assertThatThrownBy(() -> source.page(READER, scope, 0, 10)).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.errors()).isEqualTo(errors));
        assertThatThrownBy(() -> source.find(READER, scope, "PAY-1")).isInstanceOf(InvalidRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status = ", "status = \"In Progress\" AND", "(status = \"Done\"", "status == \"Done\"",
        "\"In Progress\""})
    void reportsAJqlFilterTheHostCannotRun(String jql) {
        PortfolioScope scope = new PortfolioScope(Set.of("PAY"), Set.of("Initiative"), jql);

        List<FieldError> errors = source.checkScope(READER, scope);

        assertThat(errors).isNotEmpty().extracting(FieldError::field).containsOnly(JQL_FIELD);
        assertThatThrownBy(() -> source.page(READER, scope, 0, 10)).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.errors()).isEqualTo(errors));
    }

    // The fixture, as each adapter must read it back

    /** The initiatives of the scope the reader sees, by issue id. */
    protected static List<Initiative> expected(PortfolioScope scope) {
        return FIXTURE.issues().stream()
                .filter(issue -> scope.projectKeys().contains(issue.initiative().project().key()))
                .filter(issue -> scope.issueTypes().contains(issue.issueType()))
                .map(StoredIssue::initiative)
                .filter(InitiativeSourceContract::visibleToReader)
                .sorted(Comparator.comparingLong(Initiative::issueId))
                .toList();
    }

    protected static boolean visibleToReader(Initiative initiative) {
        return !FIXTURE.unbrowsableProjects().contains(initiative.project().key())
                && !FIXTURE.hiddenIssueKeys().contains(initiative.issueKey());
    }

    protected static Initiative stored(String key) {
        return FIXTURE.issues().stream().map(StoredIssue::initiative).filter(i -> i.issueKey().equals(key))
                .findFirst().orElseThrow();
    }

    /** The distinct users the fixture assigns issues to, by key: adapters create them. */
    protected static Map<String, String> owners(Fixture fixture) {
        Map<String, String> owners = new java.util.TreeMap<>();
        for (StoredIssue issue : fixture.issues()) {
            if (issue.initiative().ownerKey() != null) {
                owners.put(issue.initiative().ownerKey(), issue.initiative().ownerName());
            }
        }
        return owners;
    }

    /** The distinct projects of the fixture, by id. */
    protected static List<ProjectRef> projects(Fixture fixture) {
        Set<Long> seen = new HashSet<>();
        return fixture.issues().stream().map(issue -> issue.initiative().project()).filter(p -> seen.add(p.id()))
                .sorted(Comparator.comparingLong(ProjectRef::id)).toList();
    }

    private static Initiative withInputs(Initiative initiative, ScoringInputs inputs) {
        return new Initiative(initiative.issueId(), initiative.issueKey(), initiative.project(), initiative.title(),
                initiative.status(), initiative.statusCategory(), initiative.theme(), initiative.ownerKey(),
                initiative.ownerName(), inputs, initiative.estimates());
    }

    private static StoredIssue initiative(long id, ProjectRef project, String key, String type, String title,
            String status, String theme, String ownerKey, String ownerName, ScoringInputs inputs,
            Estimates estimates) {
        return new StoredIssue(type, new Initiative(id, key, project, title, status, category(status), theme, ownerKey,
                ownerName, inputs, estimates));
    }

    private static StoredIssue story(long id, ProjectRef project, String key, String title) {
        return new StoredIssue("Story", new Initiative(id, key, project, title, "To Do", "new", null, null, null,
                ScoringInputs.empty(), Estimates.NONE));
    }

    private static String category(String status) {
        return switch (status) {
            case "To Do" -> "new";
            case "Done" -> "done";
            default -> "indeterminate";
        };
    }

    private static ScoringInputs inputs(Object... pairs) {
        Map<ScoringInput, Double> values = new EnumMap<>(ScoringInput.class);
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((ScoringInput) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return ScoringInputs.of(values);
    }
}
