package org.pmosuite.sandbox.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;
import org.pmosuite.jira.architecture.AppClasses;
import org.pmosuite.jira.architecture.QueryTaintAnalysis;
import org.pmosuite.jira.architecture.WriteReachability;

/**
 * The plugin's security rules (SecurityRulesTest) over everything the sandbox runs: the core, the plugin and the
 * sandbox's adapters of the core's ports, so that a read reaching a JDBC write through a port is caught here.
 */
@AnalyzeClasses(packages = {"org.pmosuite.core", "org.pmosuite.jira", "org.pmosuite.sandbox"},
        importOptions = {ImportOption.DoNotIncludeTests.class, SandboxSecurityRulesTest.NoTestJars.class})
class SandboxSecurityRulesTest {

    /** Test jars (the core's port contracts, the plugin's rules and fixtures) are test code too. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** As SecurityRulesTest's rule, and the sandbox host's own pages count too. */
    @ArchTest
    static final ArchRule noReadChangesStoredState = WriteReachability.noReadChangesStoredState();

    /** Every SQL, Active Objects and JQL query of everything the sandbox runs. */
    @Test
    void everyQueryIsBuiltFromConstants() {
        List<ClassNode> classes = AppClasses.main("org/pmosuite/core", "org/pmosuite/jira",
                "org/pmosuite/activeobjects", "org/pmosuite/sandbox");
        assertThat(classes).extracting(type -> type.name).contains("org/pmosuite/core/raid/RaidLogService",
                "org/pmosuite/jira/raid/JiraSearches", "org/pmosuite/activeobjects/HostedActiveObjects",
                "org/pmosuite/sandbox/data/JdbcRaidLog");

        QueryTaintAnalysis analysis = QueryTaintAnalysis.of(classes);

        assertThat(analysis.violations()).as("queries built from values that are not constant").isEmpty();
        assertThat(analysis.unusedAllowances()).as("allowlist entries that allow nothing").isEmpty();
    }
}
