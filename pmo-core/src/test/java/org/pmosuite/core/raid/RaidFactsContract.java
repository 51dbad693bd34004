package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;

/**
 * What every {@link RaidFacts} adapter must mean, run against each of them over the same entries: the Jira adapter
 * (its generated JQL evaluated with Jira's semantics) and the sandbox's SQL. Above all, "open" means the status
 * category is not Done, whatever the resolution says.
 */
public abstract class RaidFactsContract {

    /** The actor every adapter answers for; it may browse every project of the fixture. */
    protected static final Actor READER = new Actor("contract-reader", "Contract Reader");

    /** The status categories Jira knows, as the adapters store them. */
    public enum StatusCategory { TO_DO, IN_PROGRESS, DONE }

    /**
     * One issue of the fixture.
     *
     * @param raidType    the RAID type, or null for an issue that is no RAID entry
     * @param probability the rating, or null when not rated
     * @param resolved    whether a resolution is set; it must not change whether the entry is open
     */
    public record Entry(String projectKey, String issueType, RaidType raidType, Integer probability, Integer impact,
            StatusCategory statusCategory, boolean resolved) {
    }

    protected static final List<Entry> ENTRIES = List.of(
            new Entry("PAY", "Risk", RaidType.RISK, 5, 4, StatusCategory.TO_DO, false),
            new Entry("PAY", "Risk", RaidType.RISK, 5, 4, StatusCategory.IN_PROGRESS, false),
            // Open by status category although a resolution was set by a careless workflow.
            new Entry("PAY", "Risk", RaidType.RISK, 5, 4, StatusCategory.IN_PROGRESS, true),
            // Done without a resolution: closed all the same.
            new Entry("PAY", "Risk", RaidType.RISK, 5, 4, StatusCategory.DONE, false),
            new Entry("PAY", "Risk", RaidType.RISK, 1, 1, StatusCategory.DONE, true),
            new Entry("PAY", "Issue", RaidType.ISSUE, 2, 3, StatusCategory.TO_DO, false),
            new Entry("PAY", "Task", RaidType.DEPENDENCY, null, 3, StatusCategory.TO_DO, false),
            new Entry("PAY", "Task", RaidType.ASSUMPTION, null, null, StatusCategory.IN_PROGRESS, false),
            new Entry("PAY", "Task", null, 5, 5, StatusCategory.TO_DO, false),
            new Entry("HR", "Risk", RaidType.RISK, 3, 3, StatusCategory.TO_DO, false),
            new Entry("HR", "Risk", RaidType.RISK, 3, 3, StatusCategory.TO_DO, false),
            new Entry("OPS", "Risk", RaidType.RISK, 4, 4, StatusCategory.TO_DO, false));

    private RaidFacts facts;

    /** The adapter under test, over a store holding exactly {@link #ENTRIES}, which {@link #READER} may browse. */
    protected abstract RaidFacts adapterOver(List<Entry> entries) throws Exception;

    @BeforeEach
    void storeTheEntries() throws Exception {
        facts = adapterOver(ENTRIES);
    }

    @Test
    void countsOpenEntriesByStatusCategoryNotByResolution() {
        Map<String, Long> cells = cells(Set.of("PAY"), Set.of(), Set.of());

        assertThat(cells).containsEntry("5x4", 3L).doesNotContainKey("1x1");
    }

    @Test
    void countsEveryOpenEntryOnceWithUnratedOnesApart() {
        Map<String, Long> cells = cells(Set.of("PAY"), Set.of(), Set.of());

        assertThat(cells).isEqualTo(Map.of("5x4", 3L, "2x3", 1L, "unrated", 2L));
    }

    @Test
    void issuesWithoutARaidTypeAreNoRaidEntries() {
        Map<String, Long> cells = cells(Set.of("PAY"), Set.of(), Set.of());

        assertThat(cells).doesNotContainKey("5x5");
    }

    @Test
    void countsOnlyTheProjectsInScope() {
        assertThat(cells(Set.of("HR"), Set.of(), Set.of())).isEqualTo(Map.of("3x3", 2L));
        assertThat(cells(Set.of("HR", "OPS"), Set.of(), Set.of())).isEqualTo(Map.of("3x3", 2L, "4x4", 1L));
    }

    @Test
    void narrowsToTheRequestedRaidTypes() {
        assertThat(cells(Set.of("PAY"), Set.of(), Set.of(RaidType.ISSUE, RaidType.DEPENDENCY)))
                .isEqualTo(Map.of("2x3", 1L, "unrated", 1L));
        assertThat(cells(Set.of("PAY", "HR"), Set.of(), Set.of(RaidType.ASSUMPTION)))
                .isEqualTo(Map.of("unrated", 1L));
    }

    @Test
    void narrowsToTheIssueTypesOfTheScope() {
        assertThat(cells(Set.of("PAY"), Set.of("Task"), Set.of())).isEqualTo(Map.of("unrated", 2L));
    }

    /** Counts keyed "PxI" for rated cells and "unrated" for the rest, however an adapter splits the unrated. */
    private Map<String, Long> cells(Set<String> projects, Set<String> issueTypes, Set<RaidType> types) {
        Map<String, Long> cells = new TreeMap<>();
        RiskMatrixSize size = RiskMatrixSize.fiveByFive();
        for (RaidCellCount count : facts.openEntriesByRating(READER, new IssueScope(projects, issueTypes), types)) {
            String key = size.contains(count.probability()) && size.contains(count.impact())
                    ? count.probability() + "x" + count.impact() : "unrated";
            cells.merge(key, count.count(), Long::sum);
        }
        cells.values().removeIf(count -> count == 0);
        return cells;
    }
}
