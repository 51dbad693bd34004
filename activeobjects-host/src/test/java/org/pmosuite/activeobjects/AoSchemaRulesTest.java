package org.pmosuite.activeobjects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AoSchemaRulesTest {

    @Test
    void namesFitWithinTheLimitsOfEverySupportedDatabase() {
        assertThat(AoSchemaRules.violations(ProbeEntity.class)).isEmpty();
    }

    @Test
    void namesEveryTableAndColumnThatIsTooLong() {
        assertThat(AoSchemaRules.violations(TooLongNamesEntity.class))
                .anySatisfy(problem -> assertThat(problem).contains("PORTFOLIO_PRIORITY_SCORES").contains("20"))
                .anySatisfy(problem -> assertThat(problem).contains("THE_NAME_OF_THE_COLUMN_THAT_IS_MUCH_TOO_LONG"));
    }
}
