package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.sandbox.data.DemoRiskMatrices;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.data.PortfolioInfo;

/** A stopped sandbox starts again on the same data: nothing lost, nothing generated twice. */
class SandboxRestartTest {

    @TempDir
    Path dataRoot;

    @Test
    void restartKeepsTheDataAndDoesNotRegenerate() throws Exception {
        PortfolioInfo first;
        Map<String, Long> cells;
        String heatMap;
        String overridden;
        String matrix;
        try (SandboxFixture fixture = SandboxFixture.start(dataRoot)) {
            first = fixture.sandbox().portfolio();
            assertThat(first.generatedNow()).isTrue();
            fixture.execute("INSERT INTO project (id, pkey, name, lead_user_key) VALUES (9002, 'KEPT', "
                    + "'Written before the restart', 'pmo-lead')");
            cells = fixture.expectedCells(PortfolioGenerator.PMO_LEAD);
            heatMap = fixture.get("rest/pmo/1.0/raid/heatmap", null).body();
            overridden = DemoRiskMatrices.overriddenProjectKey(fixture.sandbox().database()).orElseThrow();
            matrix = fixture.get("rest/pmo/1.0/raid/matrix?project=" + overridden, null).body();
        }

        try (SandboxFixture fixture = SandboxFixture.start(dataRoot)) {
            PortfolioInfo second = fixture.sandbox().portfolio();

            assertThat(second.generatedNow()).as("generator re-run").isFalse();
            assertThat(second.generatedAt()).isEqualTo(first.generatedAt());
            assertThat(second.seed()).isEqualTo(first.seed());
            assertThat(fixture.strings("SELECT name FROM project WHERE pkey = 'KEPT'"))
                    .isEqualTo(List.of("Written before the restart"));
            assertThat(fixture.strings("SELECT COUNT(*) FROM issue")).isEqualTo(List.of("5000"));
            assertThat(fixture.expectedCells(PortfolioGenerator.PMO_LEAD)).isEqualTo(cells);
            assertThat(fixture.get("rest/pmo/1.0/raid/heatmap", null).body()).isEqualTo(heatMap);
            assertThat(fixture.get("rest/pmo/1.0/raid/matrix?project=" + overridden, null).body())
                    .as("the Active Objects tables, not re-seeded").isEqualTo(matrix).contains("\"version\":1");
        }
    }
}
