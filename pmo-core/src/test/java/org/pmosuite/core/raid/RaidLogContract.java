package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmosuite.core.raid.RaidEntryBuilder.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;

/**
 * What every {@link RaidLog} adapter must mean, run against each of them over the same entries: the Jira adapter
 * (its generated JQL evaluated with Jira's semantics) and the sandbox's SQL. Above all, {@code needsAttention} picks
 * exactly the entries {@link NeedsAttentionPolicies} flag and a band filter exactly the entries
 * {@link RaidEntry#band(RiskMatrix)} puts in that band, so the store's query and the Java rules never drift apart.
 * Filters and order are checked against {@link RaidLogReference}.
 */
public abstract class RaidLogContract {

    /** The actor every adapter answers for; it may browse every project of the fixture. */
    protected static final Actor READER = new Actor("contract-reader", "Contract Reader");

    /** The day the contract asks on. */
    protected static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    protected static final RiskMatrix FIVE = EnglishRiskMatrixTexts.standard(5);

    /** A 3x3 matrix on which entries rated 4 or 5 lie off the matrix: no band, no "response missing". */
    protected static final RiskMatrix THREE = EnglishRiskMatrixTexts.standard(3);

    protected static final IssueScope ALL_PROJECTS = IssueScope.ofProjects(Set.of("PAY", "HR", "OPS"));

    /** {@code OPS-1} lies behind an issue security level the {@link #READER} is not in. */
    protected static final Set<String> HIDDEN_FROM_READER = Set.of("OPS-1");

    protected static final List<RaidEntry> ENTRIES = List.of(
            entry("PAY-1").summary("Vendor may fold").rated(5, 5).owner("ann", "Ann Archer")
                    .reviewDate("2025-03-09").proximity("2025-04-01").updated("2025-03-01T10:00:00Z").build(),
            entry("PAY-2").summary("api freeze slips").rated(4, 4).owner("bob", "bob Baker")
                    .roam(RoamStatus.MITIGATED).responsePlan("Hedge").reviewDate("2025-03-10").status("In Progress")
                    .updated("2025-03-02T10:00:00Z").build(),
            entry("PAY-3").summary("Budget cut").rated(3, 4).owner("ann", "Ann Archer").roam(RoamStatus.OWNED)
                    .proximity("2025-03-20").updated("2025-03-01T10:00:00Z").build(),
            entry("PAY-4").summary("Vendor may fold").rated(5, 4).reviewDate("2025-01-01").closed("Done")
                    .updated("2025-02-01T10:00:00Z").build(),
            entry("PAY-5").summary("Users accept SSO").type(RaidType.ASSUMPTION).validateBy("2025-03-09")
                    .updated("2025-03-03T10:00:00Z").build(),
            entry("PAY-6").summary("Traffic stays flat").type(RaidType.ASSUMPTION).rated(2, 2)
                    .roam(RoamStatus.ACCEPTED).validateBy("2025-03-10").owner("carol", "Carol Clay")
                    .updated("2025-03-03T10:00:00Z").build(),
            entry("PAY-7").summary("Card vault from Platform").type(RaidType.DEPENDENCY).rated(3, 3)
                    .dependsOn("PLAT-1", false).needBy("2025-03-01").proximity("2025-03-15")
                    .updated("2025-03-04T10:00:00Z").build(),
            entry("PAY-8").summary("Fraud model from Data").type(RaidType.DEPENDENCY).dependsOn("PLAT-2", true)
                    .needBy("2025-03-01").updated("2025-03-04T10:00:00Z").build(),
            entry("PAY-9").summary("Audit sign-off").type(RaidType.DEPENDENCY).dependsOn("SECRET-1", null)
                    .needBy("2025-03-09").owner("bob", "bob Baker").updated("2025-03-05T10:00:00Z").build(),
            entry("PAY-10").summary("Outage last week").type(RaidType.ISSUE).rated(5, 5)
                    .roam(RoamStatus.RESOLVED).status("Blocked").updated("2025-03-05T10:00:00Z").build(),
            entry("PAY-11").summary("Key supplier strike").rated(4, 5).responsePlan("Second vendor")
                    .owner("carol", "Carol Clay").proximity("2025-03-20").updated("2025-03-06T10:00:00Z").build(),
            entry("PAY-12").summary("Regulator audit").rated(4, 5).reviewDate("2025-04-01")
                    .updated("2025-03-06T10:00:00Z").build(),
            entry("PAY-13").summary("Regulator fine").rated(4, 5).closed("Closed")
                    .updated("2025-02-06T10:00:00Z").build(),
            entry("HR-1").summary("Hiring freeze").rated(3, 3).owner("dan", "Dan Dale").updated("2025-03-01T10:00:00Z")
                    .build(),
            entry("HR-2").summary("Payroll typo").rated(1, 1).reviewDate("2025-02-01").owner("ann", "Ann Archer")
                    .updated("2025-03-07T10:00:00Z").build(),
            entry("HR-3").summary("Office move").type(RaidType.ISSUE).rated(2, 5).status("Blocked")
                    .roam(RoamStatus.OWNED).updated("2025-03-07T10:00:00Z").build(),
            entry("OPS-1").summary("Data centre lease").rated(4, 4).updated("2025-03-08T10:00:00Z").build(),
            entry("OPS-2").summary("Pager fatigue").rated(5, 1).responsePlan("Watch").proximity("2025-03-10")
                    .updated("2025-03-08T10:00:00Z").build(),
            entry("OPS-3").summary("Network kit").type(RaidType.DEPENDENCY).rated(2, 3).dependsOn("PLAT-1", false)
                    .needBy("2025-01-01").closed("Done").updated("2025-03-09T10:00:00Z").build());

    private RaidLog log;

    /**
     * The adapter under test, over a store holding exactly these entries, each read back equal to what is given
     * (the adapter creates whatever else it needs, such as the depended-on issues in a matching status category).
     * {@link #READER} may browse every project of the fixture but may not see the issues of {@code hidden}.
     * A {@code dependsOnResolved} of true or false names a depended-on issue the reader may see, resolved (status
     * category Done) or not; null with a {@code dependsOnIssueKey} ({@code SECRET-1}) names one the reader may not
     * see. The fixture's instants are whole seconds, so that stores of millisecond precision read them back equal.
     */
    protected abstract RaidLog adapterOver(List<RaidEntry> entries, Set<String> hidden) throws Exception;

    @BeforeEach
    void storeTheEntries() throws Exception {
        log = adapterOver(ENTRIES, HIDDEN_FROM_READER);
    }

    @Test
    void readsBackEveryVisibleEntryAsStored() {
        List<RaidEntry> read = all(ALL_PROJECTS, query("open", "false", "sort", "key"), FIVE);

        assertThat(read).containsExactlyElementsOf(visible().stream().sorted(RaidLogReference.BY_KEY).toList());
    }

    @Test
    void byDefaultListsOnlyOpenEntries() {
        List<RaidEntry> read = all(ALL_PROJECTS, query(), FIVE);

        assertThat(read).allMatch(RaidEntry::open).extracting(RaidEntry::issueKey)
                .doesNotContain("PAY-4", "PAY-13", "OPS-3").hasSize(15);
    }

    @Test
    void neverListsOrCountsWhatTheReaderMayNotSee() {
        RaidLogPage page = log.page(READER, ALL_PROJECTS, query("open", "false"), FIVE, TODAY);

        assertThat(page.total()).isEqualTo(ENTRIES.size() - HIDDEN_FROM_READER.size());
        assertThat(page.entries()).extracting(RaidEntry::issueKey).doesNotContainAnyElementsOf(HIDDEN_FROM_READER);
        assertThat(log.countNeedingAttention(READER, IssueScope.ofProjects(Set.of("OPS")), FIVE, TODAY)).isZero();
    }

    @Test
    void listsOnlyTheProjectsInScope() {
        assertThat(all(IssueScope.ofProjects(Set.of("HR")), query("open", "false"), FIVE))
                .extracting(RaidEntry::issueKey).containsExactlyInAnyOrder("HR-1", "HR-2", "HR-3");
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(List.of("type", "assumption"), List.of("PAY-5", "PAY-6")),
                Arguments.of(List.of("type", "ISSUE", "type", "DEPENDENCY"),
                        List.of("PAY-7", "PAY-8", "PAY-9", "PAY-10", "HR-3")),
                Arguments.of(List.of("roam", "OWNED"), List.of("PAY-3", "HR-3")),
                Arguments.of(List.of("roam", "NONE"), List.of("PAY-1", "PAY-5", "PAY-7", "PAY-8", "PAY-9", "PAY-11",
                        "PAY-12", "HR-1", "HR-2", "OPS-2")),
                Arguments.of(List.of("roam", "NONE", "roam", "resolved"), List.of("PAY-1", "PAY-5", "PAY-7", "PAY-8",
                        "PAY-9", "PAY-10", "PAY-11", "PAY-12", "HR-1", "HR-2", "OPS-2")),
                Arguments.of(List.of("owner", "ann"), List.of("PAY-1", "PAY-3", "HR-2")),
                Arguments.of(List.of("owner", "bob", "owner", "carol"), List.of("PAY-2", "PAY-6", "PAY-9", "PAY-11")),
                Arguments.of(List.of("dependsOn", "PLAT-1"), List.of("PAY-7")),
                Arguments.of(List.of("dependsOn", "plat-1", "open", "false"), List.of("PAY-7", "OPS-3")),
                // An issue the reader may not see matches nothing, exactly as one that does not exist.
                Arguments.of(List.of("dependsOn", "PLAT-1", "dependsOn", "SECRET-1"), List.of("PAY-7")),
                Arguments.of(List.of("dependsOn", "SECRET-1"), List.of()),
                Arguments.of(List.of("dependsOn", "NOSUCH-1"), List.of()),
                Arguments.of(List.of("dependsOn", "PAY-7"), List.of()),
                Arguments.of(List.of("band", "CRITICAL"), List.of("PAY-1", "PAY-10", "PAY-11", "PAY-12")),
                Arguments.of(List.of("band", "high"), List.of("PAY-2", "PAY-3")),
                Arguments.of(List.of("band", "LOW"), List.of("PAY-6", "HR-2", "OPS-2")),
                Arguments.of(List.of("needsAttention", "true"),
                        List.of("PAY-1", "PAY-3", "PAY-5", "PAY-7", "PAY-9", "PAY-12", "HR-2")),
                Arguments.of(List.of("cell", "4x5"), List.of("PAY-11", "PAY-12")),
                Arguments.of(List.of("cell", "4x5", "open", "false"), List.of("PAY-11", "PAY-12", "PAY-13")),
                Arguments.of(List.of("type", "RISK", "owner", "ann", "needsAttention", "false"), List.of()),
                Arguments.of(List.of("type", "RISK", "band", "CRITICAL", "needsAttention", "false"),
                        List.of("PAY-11")));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void eachFilterNarrowsToExactlyTheMatchingEntries(List<String> parameters, List<String> expectedKeys) {
        RaidLogQuery query = query(parameters.toArray(String[]::new));

        List<RaidEntry> read = all(ALL_PROJECTS, query, FIVE);

        assertThat(read).extracting(RaidEntry::issueKey).containsExactlyInAnyOrderElementsOf(expectedKeys);
        assertThat(read).extracting(RaidEntry::issueKey).containsExactlyInAnyOrderElementsOf(
                expected(ALL_PROJECTS, query, FIVE).stream().map(RaidEntry::issueKey).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void needsAttentionPicksExactlyTheEntriesThePoliciesFlag(String flag) {
        for (RiskMatrix matrix : List.of(FIVE, THREE)) {
            for (LocalDate today : List.of(TODAY, TODAY.minusDays(1), TODAY.plusDays(30))) {
                RaidLogQuery query = query("needsAttention", flag, "open", "false");
                List<String> read = keys(log.page(READER, ALL_PROJECTS, query, matrix, today).entries());

                List<String> flagged = visible().stream()
                        .filter(e -> NeedsAttentionPolicies.evaluate(e, matrix, today).any() == Boolean.valueOf(flag))
                        .map(RaidEntry::issueKey).toList();
                assertThat(read).as("%s on %s", matrix.size(), today).containsExactlyInAnyOrderElementsOf(flagged);
            }
        }
    }

    @Test
    void countsTheEntriesNeedingAttentionAsThePoliciesDo() {
        for (LocalDate today : List.of(TODAY, TODAY.minusDays(1), TODAY.plusDays(30))) {
            long flagged = visible().stream().filter(e -> NeedsAttentionPolicies.evaluate(e, FIVE, today).any())
                    .count();

            assertThat(log.countNeedingAttention(READER, ALL_PROJECTS, FIVE, today)).as("on %s", today)
                    .isEqualTo(flagged);
        }
        assertThat(log.countNeedingAttention(READER, IssueScope.ofProjects(Set.of("HR")), FIVE, TODAY)).isEqualTo(1);
    }

    @Test
    void aBandFilterAgreesWithTheBandOfEachEntryOnEveryMatrix() {
        for (RiskMatrix matrix : List.of(FIVE, THREE)) {
            for (ScoreBand band : matrix.bands()) {
                List<String> read = keys(all(ALL_PROJECTS, query("band", band.key().name(), "open", "false"),
                        matrix));

                List<String> inBand = visible().stream()
                        .filter(e -> e.band(matrix).map(ScoreBand::key).filter(band.key()::equals).isPresent())
                        .map(RaidEntry::issueKey).toList();
                assertThat(read).as("%s on %s", band.key(), matrix.size())
                        .containsExactlyInAnyOrderElementsOf(inBand);
            }
        }
    }

    @Test
    void aCellFilterListsTheEntriesTheHeatMapCountsInThatCell() {
        Map<String, Long> openByCell = new LinkedHashMap<>();
        visible().stream().filter(RaidEntry::open).filter(e -> e.score() != null)
                .forEach(e -> openByCell.merge(e.probability() + "x" + e.impact(), 1L, Long::sum));

        for (int probability = 1; probability <= 5; probability++) {
            for (int impact = 1; impact <= 5; impact++) {
                String cell = probability + "x" + impact;
                RaidLogPage page = log.page(READER, ALL_PROJECTS, query("cell", cell), FIVE, TODAY);

                assertThat(page.total()).as(cell).isEqualTo(openByCell.getOrDefault(cell, 0L));
                assertThat(page.entries()).as(cell)
                        .allMatch(e -> e.open() && cell.equals(e.probability() + "x" + e.impact()));
            }
        }
    }

    static Stream<Arguments> sorts() {
        return Arrays.stream(RaidLogSort.values())
                .flatMap(sort -> Arrays.stream(SortOrder.values()).map(order -> Arguments.of(sort, order)));
    }

    @ParameterizedTest
    @MethodSource("sorts")
    void sortsByEveryAllowedColumnTotallyWithTiesByIssueKey(RaidLogSort sort, SortOrder order) {
        RaidLogQuery query = query("open", "false").sortedBy(sort, order);

        List<RaidEntry> read = all(ALL_PROJECTS, query, FIVE);

        assertThat(keys(read)).containsExactlyElementsOf(keys(expected(ALL_PROJECTS, query, FIVE)));
    }

    @Test
    void sortsIssueKeysByProjectThenNumber() {
        List<String> read = keys(all(IssueScope.ofProjects(Set.of("PAY")), query("open", "false", "sort", "key"),
                FIVE));

        assertThat(read.subList(8, 11)).containsExactly("PAY-9", "PAY-10", "PAY-11");
    }

    @Test
    void entriesWithoutAValueComeLastInEitherDirection() {
        for (SortOrder order : SortOrder.values()) {
            List<RaidEntry> read = all(ALL_PROJECTS, query().sortedBy(RaidLogSort.SCORE, order), FIVE);

            assertThat(read.subList(read.size() - 3, read.size())).extracting(RaidEntry::issueKey)
                    .containsExactly("PAY-5", "PAY-8", "PAY-9");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 16, 100})
    void pagesAreConsecutiveAndTogetherHoldTheFilteredEntriesOnce(int pageSize) {
        RaidLogQuery filtered = query("open", "false", "type", "RISK", "sort", "updated");
        List<RaidEntry> expected = expected(ALL_PROJECTS, filtered, FIVE);
        List<RaidEntry> union = new ArrayList<>();

        for (int startAt = 0; startAt < expected.size(); startAt += pageSize) {
            RaidLogPage page = log.page(READER, ALL_PROJECTS, filtered.page(startAt, pageSize), FIVE, TODAY);

            assertThat(page.total()).isEqualTo(expected.size());
            assertThat(page.startAt()).isEqualTo(startAt);
            assertThat(page.maxResults()).isEqualTo(pageSize);
            assertThat(page.entries()).hasSize(Math.min(pageSize, expected.size() - startAt));
            union.addAll(page.entries());
        }

        assertThat(new HashSet<>(keys(union))).hasSize(union.size());
        assertThat(union).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> groupings() {
        return Arrays.stream(RaidLogGrouping.values()).flatMap(group -> Stream.of(RaidLogSort.SCORE,
                RaidLogSort.KEY, RaidLogSort.REVIEW_DATE).map(sort -> Arguments.of(group, sort)));
    }

    @ParameterizedTest
    @MethodSource("groupings")
    void aGroupedLogListsEachGroupTogetherInTheGroupsOrderAndSortsWithinIt(RaidLogGrouping group,
            RaidLogSort sort) {
        RaidLogQuery query = query("open", "false", "group", group.jsonName(), "sort", sort.jsonName());

        List<RaidEntry> read = all(ALL_PROJECTS, query, FIVE);

        assertThat(keys(read)).containsExactlyElementsOf(keys(expected(ALL_PROJECTS, query, FIVE)));
    }

    @Test
    void groupingByOwnerPutsNamesCaseInsensitivelyFirstAndTheUnownedLast() {
        List<RaidEntry> read = all(ALL_PROJECTS, query("group", "owner", "sort", "key"), FIVE);

        assertThat(read).extracting(RaidEntry::ownerKey).startsWith("ann", "ann", "ann", "bob", "bob")
                .endsWith((String) null);
        assertThat(keys(read).subList(0, 3)).containsExactly("HR-2", "PAY-1", "PAY-3");
    }

    @ParameterizedTest
    @EnumSource(RaidLogGrouping.class)
    void groupsCountTheirEntriesAndThoseNeedingAttentionAndAddUpToTheTotal(RaidLogGrouping group) {
        RaidLogQuery query = query("group", group.jsonName());
        List<RaidEntry> matching = expected(ALL_PROJECTS, query, FIVE);

        List<RaidLogGroup> groups = log.groups(READER, ALL_PROJECTS, query, FIVE, TODAY);

        List<String> expectedKeys = matching.stream().map(e -> RaidLogReference.groupKey(e, group)).distinct()
                .toList();
        assertThat(groups).extracting(RaidLogGroup::key).containsExactlyElementsOf(expectedKeys);
        for (RaidLogGroup counted : groups) {
            List<RaidEntry> members = matching.stream()
                    .filter(e -> Objects.equals(RaidLogReference.groupKey(e, group), counted.key())).toList();
            assertThat(counted.total()).as(String.valueOf(counted.key())).isEqualTo(members.size());
            assertThat(counted.needingAttention()).as(String.valueOf(counted.key())).isEqualTo(members.stream()
                    .filter(e -> NeedsAttentionPolicies.evaluate(e, FIVE, TODAY).any()).count());
            if (group == RaidLogGrouping.OWNER) {
                assertThat(counted.name()).isEqualTo(members.get(0).ownerName());
            }
        }
        assertThat(groups.stream().mapToLong(RaidLogGroup::total).sum())
                .isEqualTo(log.page(READER, ALL_PROJECTS, query, FIVE, TODAY).total());
    }

    @Test
    void groupsFollowTheFiltersAndNeverCountWhatTheReaderMayNotSee() {
        List<RaidLogGroup> groups = log.groups(READER, ALL_PROJECTS, query("group", "project", "open", "false",
                "type", "RISK"), FIVE, TODAY);

        assertThat(groups).extracting(RaidLogGroup::key, RaidLogGroup::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HR", 2L),
                        org.assertj.core.groups.Tuple.tuple("OPS", 1L),
                        org.assertj.core.groups.Tuple.tuple("PAY", 7L));
    }

    @ParameterizedTest
    @MethodSource("groupings")
    void forEachHandsOverExactlyWhatThePagesHoldInTheirOrder(RaidLogGrouping group, RaidLogSort sort) {
        for (RaidLogQuery query : List.of(query("open", "false", "sort", sort.jsonName()),
                query("group", group.jsonName(), "sort", sort.jsonName(), "maxResults", "1", "startAt", "3"),
                query("type", "RISK", "needsAttention", "true"))) {
            List<RaidEntry> streamed = new ArrayList<>();

            log.forEach(READER, ALL_PROJECTS, query, FIVE, TODAY, streamed::add);

            assertThat(keys(streamed)).as("paging is ignored").containsExactlyElementsOf(keys(all(ALL_PROJECTS,
                    query, FIVE)));
            assertThat(streamed).containsExactlyElementsOf(expected(ALL_PROJECTS, query, FIVE));
        }
    }

    @Test
    void aPageBeyondTheLastIsEmptyAndStillTellsTheTotal() {
        RaidLogPage page = log.page(READER, ALL_PROJECTS, query("startAt", "500"), FIVE, TODAY);

        assertThat(page.entries()).isEmpty();
        assertThat(page.total()).isEqualTo(15);
        assertThat(page.hasMore()).isFalse();
    }

    /** The query of these raw request parameters, given as name, value, name, value... */
    protected static RaidLogQuery query(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return RaidLogQuery.parse(parameters);
    }

    /** Every entry the query matches, fetched page by page at the largest page size. */
    protected List<RaidEntry> all(IssueScope scope, RaidLogQuery query, RiskMatrix matrix) {
        List<RaidEntry> all = new ArrayList<>();
        RaidLogPage page;
        do {
            page = log.page(READER, scope, query.page(all.size(), RaidLogQuery.MAX_MAX_RESULTS), matrix, TODAY);
            all.addAll(page.entries());
        } while (page.hasMore() && !page.entries().isEmpty());
        return all;
    }

    private static List<RaidEntry> visible() {
        return ENTRIES.stream().filter(e -> !HIDDEN_FROM_READER.contains(e.issueKey())).toList();
    }

    private static List<RaidEntry> expected(IssueScope scope, RaidLogQuery query, RiskMatrix matrix) {
        return visible().stream().filter(e -> RaidLogReference.matches(e, scope, query, matrix, TODAY))
                .sorted(RaidLogReference.order(query)).toList();
    }

    private static List<String> keys(List<RaidEntry> entries) {
        return entries.stream().map(RaidEntry::issueKey).toList();
    }
}
