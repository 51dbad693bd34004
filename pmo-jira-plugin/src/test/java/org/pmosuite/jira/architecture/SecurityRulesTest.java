package org.pmosuite.jira.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;

/**
 * Security rules over the app's own classes, the core's and the plugin's (the sandbox runs them over its classes too,
 * in SandboxSecurityRulesTest). SecurityRulesSelfTest shows that each rule fails on code that breaks it.
 */
@AnalyzeClasses(packages = {"org.pmosuite.core", "org.pmosuite.jira"},
        importOptions = {ImportOption.DoNotIncludeTests.class, PluginArchitectureTest.NoTestJars.class})
class SecurityRulesTest {

    /** Reads must be safe to repeat, prefetch and link to: a GET that writes is open to cross-site request forgery. */
    @ArchTest
    static final ArchRule noReadChangesStoredState = WriteReachability.noReadChangesStoredState();

    /** The read rule starts from every kind of read the app has. */
    @Test
    void everyKindOfReadIsAnEntryPoint() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.pmosuite.jira.raid");
        DescribedPredicate<JavaCodeUnit> reads = ReadEntryPoints.answeringReads();

        assertThat(reads).accepts(
                classes.get("org.pmosuite.jira.raid.RaidLogResource").getMethod("page", "jakarta.ws.rs.core.UriInfo"),
                classes.get("org.pmosuite.jira.raid.RaidHeatMapServlet").getMethod("doGet",
                        "jakarta.servlet.http.HttpServletRequest", "jakarta.servlet.http.HttpServletResponse"),
                classes.get("org.pmosuite.jira.raid.RaidIssuePanel").getMethod("getHtml", "java.util.Map"),
                classes.get("org.pmosuite.jira.raid.RaidIssuePanelView$Entry").getMethod("getFields"));
        assertThat(reads).rejects(classes.get("org.pmosuite.jira.raid.RaidEntryResource").getMethods().stream()
                .filter(method -> method.isAnnotatedWith("jakarta.ws.rs.POST")).findFirst().orElseThrow());
    }

    /** Every SQL, Active Objects and JQL query of the plugin, the core and the Active Objects host. */
    @Test
    void everyQueryIsBuiltFromConstants() {
        List<ClassNode> classes = AppClasses.main("org/pmosuite/core", "org/pmosuite/jira",
                "org/pmosuite/activeobjects");
        assertThat(classes).extracting(type -> type.name).contains("org/pmosuite/core/raid/RaidLogService",
                "org/pmosuite/jira/raid/JiraSearches", "org/pmosuite/activeobjects/HostedActiveObjects");

        QueryTaintAnalysis analysis = QueryTaintAnalysis.of(classes);

        assertThat(analysis.violations()).as("queries built from values that are not constant").isEmpty();
        assertThat(analysis.missingEscapers()).as("JQL escaping helpers that no longer exist").isEmpty();
        assertThat(analysis.unusedAllowances()).as("allowlist entries that allow nothing").isEmpty();
    }
}
