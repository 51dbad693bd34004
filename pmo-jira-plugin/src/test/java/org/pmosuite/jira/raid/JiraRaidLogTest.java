package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.IssueScope;
import org.pmosuite.core.raid.EnglishRiskMatrixTexts;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.core.raid.RaidLogQuery;

class JiraRaidLogTest {

    private final JiraRaidLog log = new JiraRaidLog();

    @Test
    void untilTheAppCreatesItsRaidFieldsTheLogSaysWhichItNeedsNeverAnEmptyPage() {
        assertThatThrownBy(() -> log.page(new Actor("pm", "Pat"), IssueScope.ofProjects(Set.of("PAY")),
                RaidLogQuery.defaults(), EnglishRiskMatrixTexts.standard(5), LocalDate.now()))
                .isInstanceOfSatisfying(RaidFieldsNotConfiguredException.class, e ->
                        assertThat(e.missingFields())
                                .contains("RAID Risk score", "RAID Review date"));
        assertThatThrownBy(() -> log.countNeedingAttention(new Actor("pm", "Pat"), IssueScope.ofProjects(Set.of("PAY")),
                EnglishRiskMatrixTexts.standard(5), LocalDate.now()))
                .isInstanceOf(RaidFieldsNotConfiguredException.class);
    }
}
