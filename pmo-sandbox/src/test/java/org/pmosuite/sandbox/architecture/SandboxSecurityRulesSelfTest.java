package org.pmosuite.sandbox.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.pmosuite.jira.architecture.AppClasses;
import org.pmosuite.jira.architecture.QueryTaintAnalysis;

/** The sandbox's security rules report its fixtures, through the core's service and port to the JDBC adapter. */
class SandboxSecurityRulesSelfTest {

    @Test
    void aReadThatReachesAJdbcWriteThroughAPortIsReported() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") || location.contains("/fixture/"))
                .withImportOption(new SandboxSecurityRulesTest.NoTestJars())
                .importPackages("org.pmosuite.core", "org.pmosuite.sandbox.architecture.fixture");

        List<String> reported = SandboxSecurityRulesTest.noReadChangesStoredState.evaluate(classes)
                .getFailureReport().getDetails();

        assertThat(reported).singleElement().asString().matches("A read changes stored state:"
                + " MatrixReadResource#portfolioDefault\\(\\d+\\)"
                + " -> RiskMatrixService#portfolioDefault\\(\\d+\\)"
                + " -> RiskMatrixRepository#portfolioDefault as WritingJdbcRiskMatrices#portfolioDefault\\(\\d+\\)"
                + " -> java\\.sql\\.PreparedStatement\\.executeUpdate\\(\\)");
    }

    @Test
    void keysWrittenIntoSqlAreReportedAndPlaceholdersPass() {
        List<String> reported = QueryTaintAnalysis.of(AppClasses.test("org/pmosuite/sandbox/architecture/fixture"))
                .violations();

        assertThat(reported).containsExactly("JdbcKeyQueries#keysWrittenIn(18) -> java.sql.Connection.prepareStatement:"
                + " the SQL is built from parameter 'keys' of JdbcKeyQueries#keysWrittenIn, which can be called from"
                + " outside the analysed code");
    }
}
