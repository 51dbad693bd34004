package org.pmosuite.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The JQL escaping helpers: what the query analysis trusts to make any text a JQL string literal. */
class JqlTest {

    @Test
    void quotesAValueSoItCannotChangeTheQuery() {
        assertThat(Jql.quote("A\" OR project = \"B")).isEqualTo("\"A\\\" OR project = \\\"B\"");
        assertThat(Jql.quote("back\\slash")).isEqualTo("\"back\\\\slash\"");
    }

    @Test
    void quotesEveryValueOfAnInListInOrder() {
        assertThat(Jql.quoted(List.of("b\\", "a\""))).isEqualTo("\"a\\\"\", \"b\\\\\"");
    }
}
