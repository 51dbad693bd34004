package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The RAID log REST resource over real HTTP on the generated portfolio: totals equal an independent count over what
 * each user may see (projects and issue security), filters narrow, pages do not overlap, needs-attention badges agree
 * with the filter, and bad parameters answer 400 per field.
 */
class RaidLogHttpTest extends HttpTestBase {

    private static final String LOG = "rest/pmo/1.0/raid/log";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String VIEWER = PortfolioGenerator.VIEWER;
    private static final ObjectMapper JSON = new ObjectMapper();


    @Test
    void totalsCountExactlyTheOpenEntriesEachUserMaySee() throws Exception {
        long lead = JSON.readTree(fixture.get(LOG, LEAD).body()).get("total").asLong();
        long viewer = JSON.readTree(fixture.get(LOG, VIEWER).body()).get("total").asLong();

        assertThat(lead).isEqualTo(fixture.expectedTotal(LEAD));
        assertThat(viewer).as("the viewer browses every project but holds no security level")
                .isEqualTo(fixture.expectedTotal(VIEWER)).isLessThan(lead);
    }

    @Test
    void groupsByProjectCountWhatEachUserMaySeeAndAddUpToTheLog() throws Exception {
        for (String user : List.of(LEAD, VIEWER)) {
            JsonNode answer = JSON.readTree(fixture.get(LOG + "/groups?group=project", user).body());

            assertThat(answer.get("group").asText()).isEqualTo("project");
            List<String> keys = new ArrayList<>();
            long sum = 0;
            for (JsonNode group : answer.get("groups")) {
                String project = group.get("key").asText();
                keys.add(project);
                assertThat(group.get("total").asLong()).as(user + " " + project)
                        .isEqualTo(fixture.expectedTotal(user, project));
                assertThat(group.get("name").asText()).isNotBlank();
                assertThat(group.get("needsAttention").asLong()).isBetween(0L, group.get("total").asLong());
                sum += group.get("total").asLong();
            }
            assertThat(keys).isSorted().isSubsetOf(fixture.browsableKeys(user));
            assertThat(sum).isEqualTo(fixture.expectedTotal(user));
        }
    }

    @Test
    void groupsByOwnerFollowTheFiltersAndAgreeWithTheGroupedPages() throws Exception {
        JsonNode groups = JSON.readTree(fixture.get(LOG + "/groups?group=owner&needsAttention=true", LEAD).body())
                .get("groups");
        JsonNode page = JSON.readTree(fixture.get(LOG + "?group=owner&needsAttention=true&maxResults=100", LEAD)
                .body());

        long sum = 0;
        for (JsonNode group : groups) {
            assertThat(group.get("needsAttention").asLong()).isEqualTo(group.get("total").asLong());
            sum += group.get("total").asLong();
        }
        assertThat(sum).isEqualTo(page.get("total").asLong()).isPositive();
        JsonNode firstGroup = groups.get(0);
        List<String> leading = new ArrayList<>();
        for (JsonNode entry : page.get("entries")) {
            leading.add(entry.get("owner").isNull() ? null : entry.get("owner").get("key").asText());
        }
        int firstSize = (int) Math.min(firstGroup.get("total").asLong(), leading.size());
        assertThat(leading.subList(0, firstSize)).containsOnly(firstGroup.get("key").asText());
        assertThat(groups.get(groups.size() - 1).get("key").isNull()).as("the entries without an owner come last")
                .isTrue();
        HttpResponse<String> missing = fixture.get(LOG + "/groups", LEAD);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("errors").get("group").asText()).contains("project, owner");
        assertThat(fixture.get(LOG + "/groups?group=colour", LEAD).statusCode()).isEqualTo(400);
    }

    @Test
    void pagesFollowTheOrderWithoutOverlapAndReadTheRaidFields() throws Exception {
        JsonNode first = JSON.readTree(fixture.get(LOG + "?sort=reviewDate&order=asc&maxResults=25", LEAD).body());
        JsonNode second = JSON.readTree(fixture.get(LOG + "?sort=reviewDate&order=asc&maxResults=25&startAt=25",
                LEAD).body());

        assertThat(first.get("entries")).hasSize(25);
        assertThat(first.get("sort").asText()).isEqualTo("reviewDate");
        Set<String> keys = new HashSet<>();
        List<String> dates = new ArrayList<>();
        for (JsonNode page : List.of(first, second)) {
            for (JsonNode entry : page.get("entries")) {
                assertThat(keys.add(entry.get("key").asText())).as("no entry on two pages").isTrue();
                if (!entry.get("reviewDate").isNull()) {
                    dates.add(entry.get("reviewDate").asText());
                }
                assertThat(entry.get("open").asBoolean()).isTrue();
            }
        }
        assertThat(dates).isSorted().isNotEmpty();
    }

    @Test
    void filtersNarrowToWhatTheyName() throws Exception {
        JsonNode risks = JSON.readTree(fixture.get(LOG + "?type=RISK&band=HIGH&band=CRITICAL&maxResults=100", LEAD)
                .body());

        assertThat(risks.get("total").asLong()).isPositive();
        for (JsonNode entry : risks.get("entries")) {
            assertThat(entry.get("type").asText()).isEqualTo("RISK");
            assertThat(entry.get("band").asText()).isIn("HIGH", "CRITICAL");
        }
        JsonNode cell = JSON.readTree(fixture.get(LOG + "?cell=4x5&maxResults=100", LEAD).body());
        for (JsonNode entry : cell.get("entries")) {
            assertThat(entry.get("probability").asInt()).isEqualTo(4);
            assertThat(entry.get("impact").asInt()).isEqualTo(5);
        }
    }

    @Test
    void needsAttentionBadgesAgreeWithTheFilter() throws Exception {
        long all = JSON.readTree(fixture.get(LOG, LEAD).body()).get("total").asLong();
        JsonNode flagged = JSON.readTree(fixture.get(LOG + "?needsAttention=true&maxResults=100", LEAD).body());
        JsonNode calm = JSON.readTree(fixture.get(LOG + "?needsAttention=false&maxResults=100", LEAD).body());

        assertThat(flagged.get("total").asLong()).isPositive();
        assertThat(flagged.get("total").asLong() + calm.get("total").asLong()).isEqualTo(all);
        flagged.get("entries").forEach(entry -> assertThat(entry.get("attention")).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.get("message").asText()).doesNotStartWith("pmo.")));
        calm.get("entries").forEach(entry -> assertThat(entry.get("attention")).isEmpty());
    }

    @Test
    void theCsvHoldsExactlyWhatTheFiltersSelectWithFormulasDisarmed() throws Exception {
        String filter = "?type=RISK&open=false&sort=key";
        long total = JSON.readTree(fixture.get(LOG + filter, LEAD).body()).get("total").asLong();

        HttpResponse<String> csv = fixture.get(LOG + "/csv" + filter + "&maxResults=5", LEAD);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment"));
        List<List<String>> rows = parseCsv(csv.body().substring(1));
        assertThat(rows.get(0)).startsWith("Key", "Project", "Summary", "Type");
        assertThat(rows).as("a heading and one row per entry, past the largest page").hasSize((int) total + 1);
        assertThat(total).isGreaterThan(100);
        List<String> logKeys = new ArrayList<>();
        for (int startAt = 0; startAt < total; startAt += 100) {
            JSON.readTree(fixture.get(LOG + filter + "&maxResults=100&startAt=" + startAt, LEAD).body())
                    .get("entries").forEach(entry -> logKeys.add(entry.get("key").asText()));
        }
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList()).as("the log's order")
                .containsExactlyElementsOf(logKeys);
        for (List<String> row : rows) {
            assertThat(row).hasSize(rows.get(0).size()).allSatisfy(cell -> assertThat(cell)
                    .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@"));
            assertThat(row.get(3)).isIn("Type", "RISK");
        }
        assertThat(rows.stream().map(row -> row.get(10))).as("the hostile plans are kept, disarmed")
                .anyMatch(plan -> plan.startsWith("'="))
                .anyMatch(plan -> plan.contains("<script>"));
    }

    @Test
    void aCsvOfAHiddenProjectIsRefusedBeforeAnyRow() throws Exception {
        assertThat(fixture.get(LOG + "/csv?project=NOSUCH", LEAD).statusCode()).isEqualTo(404);
        assertThat(fixture.get(LOG + "/csv?sort=bogus", LEAD).statusCode()).isEqualTo(400);
    }

    /** RFC 4180 rows: quoted cells, doubled quotes, CRLF between rows (line breaks inside quotes are kept). */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void badParametersAnswer400PerFieldAndAHiddenProject404() throws Exception {
        HttpResponse<String> bad = fixture.get(LOG + "?sort=bogus&maxResults=1000&cell=9x9&roam=MAYBE", LEAD);
        HttpResponse<String> hidden = fixture.get(LOG + "?project=NOSUCH", LEAD);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("errors").fieldNames()).toIterable()
                .contains("sort", "maxResults", "roam");
        assertThat(hidden.statusCode()).isEqualTo(404);
    }
}
