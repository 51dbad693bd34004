package org.pmosuite.core.raid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Paging and sorting hold for any entries, not only the contract's fixture. */
class InMemoryRaidLogPagingTest {

    private static final Actor READER = new Actor("reader", "Reader");
    private static final IssueScope SCOPE = IssueScope.ofProjects(Set.of("PAY", "HR"));
    private static final RiskMatrix FIVE = EnglishRiskMatrixTexts.standard(5);
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    @Property(tries = 200)
    void pagesOfAnySizeJoinUpToTheWholeSortedLogOnce(@ForAll("entries") List<RaidEntry> entries,
            @ForAll @IntRange(min = 1, max = 100) int pageSize, @ForAll RaidLogSort sort, @ForAll SortOrder order,
            @ForAll boolean openOnly) {
        RaidLog log = new InMemoryRaidLog(entries);
        RaidLogQuery query = RaidLogQuery.parse(Map.of("open", List.of(String.valueOf(openOnly))))
                .sortedBy(sort, order);
        List<RaidEntry> union = new ArrayList<>();
        long total = -1;
        for (int startAt = 0; total < 0 || startAt < total; startAt += pageSize) {
            RaidLogPage page = log.page(READER, SCOPE, query.page(startAt, pageSize), FIVE, TODAY);
            total = page.total();
            union.addAll(page.entries());
            if (page.entries().isEmpty()) {
                break;
            }
        }

        List<RaidEntry> expected = entries.stream().filter(e -> !openOnly || e.open())
                .sorted(RaidLogReference.order(sort, order)).toList();
        assertThat(total).isEqualTo(expected.size());
        assertThat(union).containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(union.stream().map(RaidEntry::issueKey).toList())).hasSize(union.size());
    }

    @Property(tries = 200)
    void everySortIsTotalOverDistinctKeys(@ForAll("entries") List<RaidEntry> entries, @ForAll RaidLogSort sort,
            @ForAll SortOrder order) {
        var comparator = RaidLogReference.order(sort, order);

        for (RaidEntry a : entries) {
            for (RaidEntry b : entries) {
                assertThat(comparator.compare(a, b) == 0).isEqualTo(a.issueKey().equals(b.issueKey()));
                assertThat(Integer.signum(comparator.compare(a, b)))
                        .isEqualTo(-Integer.signum(comparator.compare(b, a)));
            }
        }
    }

    @Provide
    Arbitrary<List<RaidEntry>> entries() {
        Arbitrary<Integer> rating = Arbitraries.integers().between(1, 5).injectNull(0.2);
        Arbitrary<String> date = Arbitraries.integers().between(1, 28).map(d -> String.format("2025-03-%02d", d))
                .injectNull(0.3);
        Arbitrary<RaidEntryBuilder> builder = Combinators.combine(
                Arbitraries.of("PAY", "HR"), Arbitraries.of(RaidType.values()), rating, rating,
                Arbitraries.of(RoamStatus.values()).injectNull(0.3), date,
                Arbitraries.of("Alpha", "beta", "Gamma", "alpha"), Arbitraries.of(true, false))
                .as((project, type, probability, impact, roam, review, summary, open) -> {
                    RaidEntryBuilder entry = RaidEntryBuilder.entry(project + "-0").type(type)
                            .rated(probability, impact).roam(roam).reviewDate(review).proximity(review)
                            .summary(summary).owner(summary.toLowerCase(Locale.ROOT), summary).status(summary);
                    return open ? entry : entry.closed("Done");
                });
        return builder.list().ofMaxSize(40).map(InMemoryRaidLogPagingTest::numbered);
    }

    /** Gives every entry its own key, numbered within its project. */
    private static List<RaidEntry> numbered(List<RaidEntryBuilder> builders) {
        List<RaidEntry> entries = new ArrayList<>();
        int number = 1;
        for (RaidEntryBuilder builder : builders) {
            RaidEntry e = builder.build();
            entries.add(new RaidEntry(e.projectKey() + "-" + number++, e.projectKey(), e.summary(), e.type(),
                    e.probability(), e.impact(), e.ownerKey(), e.ownerName(), e.roam(), e.responsePlan(),
                    e.proximity(), e.reviewDate(), e.validateBy(), e.dependsOnIssueKey(), e.dependsOnResolved(),
                    e.needBy(), e.open(), e.status(), e.updated()));
        }
        return entries;
    }
}
