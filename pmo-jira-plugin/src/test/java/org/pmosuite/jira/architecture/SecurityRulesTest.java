package org.pmosuite.jira.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Security rules over the app's own classes, the core's and the plugin's (the sandbox runs them over its classes too,
 * in SandboxSecurityRulesTest). SecurityRulesSelfTest shows that each rule fails on code that breaks it.
 */
@AnalyzeClasses(packages = {"org.pmosuite.core", "org.pmosuite.jira"},
        importOptions = {ImportOption.DoNotIncludeTests.class, PluginArchitectureTest.NoTestJars.class})
class SecurityRulesTest {

    /** Reads must be safe to repeat, prefetch and link to: a GET that writes is open to cross-site request forgery. */
    @ArchTest
    static final ArchRule noReadChangesStoredState = codeUnits()
            .that(ReadEntryPoints.answeringReads("org.pmosuite.jira"))
            .should(new WriteReachability(StateChangingCalls.ALL).reachNoStateChange())
            .because("a GET, an issue view or a dashboard must never change stored state");

    /** Every SQL, Active Objects and JQL query of the plugin, the core and the Active Objects host. */
    @Test
    void everyQueryIsBuiltFromConstants() {
        QueryTaintAnalysis analysis = QueryTaintAnalysis.of(
                AppClasses.main("org/pmosuite/core", "org/pmosuite/jira", "org/pmosuite/activeobjects"));

        assertThat(analysis.violations()).as("queries built from values that are not constant").isEmpty();
        assertThat(analysis.missingEscapers()).as("JQL escaping helpers that no longer exist").isEmpty();
        assertThat(analysis.unusedAllowances()).as("allowlist entries that allow nothing").isEmpty();
    }
}
