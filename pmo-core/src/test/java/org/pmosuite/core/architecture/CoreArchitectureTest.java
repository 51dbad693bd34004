package org.pmosuite.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core stays free of Jira and of every host technology, so it can move with the product. */
@AnalyzeClasses(packages = "org.pmosuite.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoHostTechnology = noClasses()
            .that().resideInAPackage("org.pmosuite.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "net.java.ao..", "com.opensymphony..", "jakarta.ws.rs..",
                    "jakarta.servlet..", "javax.ws.rs..", "javax.servlet..", "org.springframework..",
                    "jakarta.inject..", "javax.inject..", "com.fasterxml..")
            .because("pmo-core is the Jira-free domain (ARCHITECTURE.md, dependency rule)");
}
