package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * The RAID log REST resource over real HTTP on the generated portfolio: totals equal an independent count over what
 * each user may see (projects and issue security), filters narrow, pages do not overlap, needs-attention badges agree
 * with the filter, and bad parameters answer 400 per field.
 */
class RaidLogHttpTest {

    private static final String LOG = "rest/pmo/1.0/raid/log";
    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String VIEWER = PortfolioGenerator.VIEWER;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataRoot;
    static SandboxFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = SandboxFixture.start(dataRoot);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void totalsCountExactlyTheOpenEntriesEachUserMaySee() throws Exception {
        long lead = JSON.readTree(fixture.get(LOG, LEAD).body()).get("total").asLong();
        long viewer = JSON.readTree(fixture.get(LOG, VIEWER).body()).get("total").asLong();

        assertThat(lead).isEqualTo(fixture.expectedTotal(LEAD));
        assertThat(viewer).as("the viewer browses every project but holds no security level")
                .isEqualTo(fixture.expectedTotal(VIEWER)).isLessThan(lead);
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
    void badParametersAnswer400PerFieldAndAHiddenProject404() throws Exception {
        HttpResponse<String> bad = fixture.get(LOG + "?sort=bogus&maxResults=1000&cell=9x9&roam=MAYBE", LEAD);
        HttpResponse<String> hidden = fixture.get(LOG + "?project=NOSUCH", LEAD);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("errors").fieldNames()).toIterable()
                .contains("sort", "maxResults", "roam");
        assertThat(hidden.statusCode()).isEqualTo(404);
    }
}
