package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RaidLogCsvTest {

    @Test
    void aCellASpreadsheetWouldEvaluateIsDisarmedAndKeepsItsText() {
        assertThat(RaidLogCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(RaidLogCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(RaidLogCsv.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(RaidLogCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(RaidLogCsv.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(RaidLogCsv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void otherCellsAreQuotedWithQuotesDoubledAndLineBreaksKept() {
        assertThat(RaidLogCsv.cell("Vendor \"A\", maybe\r\nnot")).isEqualTo("\"Vendor \"\"A\"\", maybe\r\nnot\"");
        assertThat(RaidLogCsv.cell(null)).isEqualTo("\"\"");
        assertThat(RaidLogCsv.cell("<script>alert(1)</script>")).isEqualTo("\"<script>alert(1)</script>\"");
    }
}
