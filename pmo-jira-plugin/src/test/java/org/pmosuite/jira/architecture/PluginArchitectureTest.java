package org.pmosuite.jira.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Data Center and platform rules that hold for every class of the app. */
@AnalyzeClasses(packages = "org.pmosuite",
        importOptions = {ImportOption.DoNotIncludeTests.class, PluginArchitectureTest.NoTestJars.class})
class PluginArchitectureTest {

    /** The core's test jar (its port contracts) is test code too. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String[] REST_ACCESS = {
        "com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess",
        "com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess",
        "com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess",
        "com.atlassian.plugins.rest.api.security.annotation.LicensedOnly",
        "com.atlassian.plugins.rest.api.security.annotation.AdminOnly",
        "com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly"};

    private static final String[] SERVLET_ACCESS = {
        "com.atlassian.annotations.security.UnrestrictedAccess",
        "com.atlassian.annotations.security.AnonymousSiteAccess",
        "com.atlassian.annotations.security.UnlicensedSiteAccess",
        "com.atlassian.annotations.security.LicensedOnly",
        "com.atlassian.annotations.security.AdminOnly",
        "com.atlassian.annotations.security.SystemAdminOnly"};

    /** Static state is per node; in a cluster it silently diverges. Constants of immutable types are fine. */
    @ArchTest
    static final ArchRule noMutableStaticFields = fields()
            .that().areStatic()
            .and().areDeclaredInClassesThat().resideInAnyPackage("org.pmosuite.jira..", "org.pmosuite.core..")
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().beFinal()
            .andShould(haveAnImmutableType())
            .because("mutable static state diverges between Data Center nodes");

    @ArchTest
    static final ArchRule noComponentAccessor = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
            .because("host services are injected through constructors, never looked up statically");

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection only");

    @ArchTest
    static final ArchRule everyRestResourceDeclaresItsAccess = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should(beAnnotatedWithOneOf(REST_ACCESS))
            .because("REST v2 resources must state who may call them");

    @ArchTest
    static final ArchRule everyServletDeclaresItsAccess = classes()
            .that().areAssignableTo("jakarta.servlet.http.HttpServlet")
            .should(beAnnotatedWithOneOf(SERVLET_ACCESS))
            .because("servlets must state who may call them");

    @ArchTest
    static final ArchRule noHtmlNamedMethodsOutsideTheRenderer = noClasses()
            .that().resideInAnyPackage("org.pmosuite.jira..", "org.pmosuite.core..")
            .should(declareMethodsThatTheRendererLeavesUnescaped())
            .because("the template renderer does not escape *Html and render* methods; user data must never use them");

    private static ArchCondition<JavaField> haveAnImmutableType() {
        DescribedPredicate<JavaClass> immutable = DescribedPredicate.describe("an immutable type", type ->
                type.isPrimitive() || type.isEnum() || type.getName().equals(String.class.getName())
                        || type.getName().startsWith("java.lang.") && !type.getName().equals("java.lang.Object")
                        || type.getName().equals("java.util.regex.Pattern")
                        || type.getName().equals("java.math.BigInteger")
                        || type.isRecord() && type.getPackageName().startsWith("org.pmosuite"));
        return new ArchCondition<>("have an immutable type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean ok = immutable.test(field.getRawType()) || field.getName().equals("serialVersionUID");
                events.add(new SimpleConditionEvent(field, ok,
                        field.getFullName() + " is static with type " + field.getRawType().getName()));
            }
        };
    }

    private static ArchCondition<JavaClass> beAnnotatedWithOneOf(String... annotations) {
        return new ArchCondition<>("be annotated with an access annotation") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean annotated = Arrays.stream(annotations).anyMatch(type::isAnnotatedWith)
                        || type.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(m -> !m.getOwner().isEquivalentTo(Object.class))
                        .anyMatch(m -> Arrays.stream(annotations).anyMatch(m::isAnnotatedWith))
                        && allHttpMethodsAnnotated(type, annotations);
                events.add(new SimpleConditionEvent(type, annotated,
                        type.getName() + " has no access annotation"));
            }
        };
    }

    private static boolean allHttpMethodsAnnotated(JavaClass type, String... annotations) {
        return type.getMethods().stream()
                .filter(m -> m.isAnnotatedWith("jakarta.ws.rs.GET") || m.isAnnotatedWith("jakarta.ws.rs.POST")
                        || m.isAnnotatedWith("jakarta.ws.rs.PUT") || m.isAnnotatedWith("jakarta.ws.rs.DELETE"))
                .allMatch(m -> Arrays.stream(annotations).anyMatch(m::isAnnotatedWith));
    }

    private static ArchCondition<JavaClass> declareMethodsThatTheRendererLeavesUnescaped() {
        return new ArchCondition<>("declare methods named *Html, render* or getRender*") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(m -> m.getName().endsWith("Html") || m.getName().startsWith("getRender")
                                || m.getName().startsWith("render") && !m.getName().equals("render"))
                        .forEach(m -> events.add(SimpleConditionEvent.violated(m,
                                m.getFullName() + " would be output unescaped by the template renderer")));
            }
        };
    }
}
