package org.pmosuite.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("org.pmosuite.core.(*)..")
            .should().beFreeOfCycles()
            .because("each feature owns its ports and depends on others only one way (ARCHITECTURE.md, ports)");

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses()
            .that().resideInAPackage("org.pmosuite.core.common..")
            .should().dependOnClassesThat(resideInAPackage("org.pmosuite.core..")
                    .and(not(resideInAPackage("org.pmosuite.core.common.."))))
            .because("core.common holds only what every feature shares (ARCHITECTURE.md, ports)");
}
