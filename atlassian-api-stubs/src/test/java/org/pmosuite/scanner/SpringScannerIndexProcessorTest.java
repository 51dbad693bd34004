package org.pmosuite.scanner;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SpringScannerIndexProcessorTest {

    private static final String API = """
            package app.api;
            public interface Greeter { }
            """;
    private static final String AUDITED = """
            package app.api;
            public interface Audited { }
            """;
    private static final String HOST_SERVICES = """
            package host;
            public interface UserManager { }
            """;
    private static final String HOST_JIRA = """
            package host;
            public interface IssueManager { }
            """;
    private static final String HOST_CLASS = """
            package host;
            public class Clock { }
            """;

    @TempDir
    Path output;

    @Test
    void writesComponentsWithExplicitNamesOnlyWhenGiven() {
        Compilation result = Compilation.compile(output, Map.of(
                "app.Plain", "package app; @org.springframework.stereotype.Component public class Plain { }",
                "app.Custom", "package app; @org.springframework.stereotype.Component(\"custom\") public class Custom { }",
                "app.Svc", "package app; @org.springframework.stereotype.Service public class Svc { }",
                "app.Jak", "package app; @jakarta.inject.Named public class Jak { }",
                "app.JakNamed", "package app; @jakarta.inject.Named(\"jakNamed2\") public class JakNamed { }",
                "app.Outer", """
                        package app;
                        public class Outer {
                            @jakarta.inject.Named public static class Inner { }
                        }
                        """,
                "app.Main", """
                        package app;
                        @jakarta.inject.Named @org.springframework.context.annotation.Primary
                        public class Main { }
                        """));

        assertThat(result.errors).isEmpty();
        assertThat(result.indexFiles()).containsExactly("component", "primary-component");
        assertThat(result.index("component")).hasValue("""
                app.Custom#custom
                app.Jak
                app.JakNamed#jakNamed2
                app.Main
                app.Outer$Inner
                app.Plain
                app.Svc
                """);
        assertThat(result.index("primary-component")).hasValue("app.Main\n");
    }

    @Test
    void writesImportsFromConstructorParametersAndFieldsIncludingProductImports() {
        Compilation result = Compilation.compile(output, Map.of(
                "host.UserManager", HOST_SERVICES,
                "host.IssueManager", HOST_JIRA,
                "app.Service", """
                        package app;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
                        @jakarta.inject.Named
                        public class Service {
                            @ComponentImport("salUserManager") private host.UserManager named;
                            public Service(@ComponentImport host.UserManager users, @JiraImport host.IssueManager issues) { }
                        }
                        """,
                "app.JiraOnly", """
                        package app;
                        @com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent("jiraOnly")
                        public class JiraOnly {
                            public JiraOnly(@com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport
                                            host.IssueManager issues) { }
                        }
                        """));

        assertThat(result.errors).isEmpty();
        assertThat(result.indexFiles()).containsExactly("component", "component-jira", "imports", "imports-jira");
        assertThat(result.index("component")).hasValue("app.Service\n");
        assertThat(result.index("component-jira")).hasValue("app.JiraOnly#jiraOnly\n");
        assertThat(result.index("imports")).hasValue("host.UserManager\nhost.UserManager#salUserManager\n");
        assertThat(result.index("imports-jira")).hasValue("host.IssueManager\n");
    }

    @Test
    void writesExportsWithExplicitInterfacesImplementedInterfacesOrTheClassItself() {
        Compilation result = Compilation.compile(output, Map.of(
                "app.api.Greeter", API,
                "app.api.Audited", AUDITED,
                "app.Explicit", """
                        package app;
                        @jakarta.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(app.api.Greeter.class)
                        public class Explicit implements app.api.Greeter, app.api.Audited { }
                        """,
                "app.Implemented", """
                        package app;
                        @jakarta.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                        public class Implemented implements app.api.Greeter, app.api.Audited { }
                        """,
                "app.Bare", """
                        package app;
                        @jakarta.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                        public class Bare { }
                        """,
                "app.Dev", """
                        package app;
                        @org.springframework.stereotype.Component
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsDevService
                        public class Dev implements app.api.Greeter { }
                        """));

        assertThat(result.errors).isEmpty();
        assertThat(result.index("exports")).hasValue("""
                app.Bare#app.Bare
                app.Explicit#app.api.Greeter
                app.Implemented#app.api.Greeter,app.api.Audited
                """);
        assertThat(result.index("dev-exports")).hasValue("app.Dev#app.api.Greeter\n");
    }

    @Test
    void writesProfiledEntriesIntoProfileFolders() {
        Compilation result = Compilation.compile(output, Map.of(
                "host.UserManager", HOST_SERVICES,
                "app.Profiled", """
                        package app;
                        @jakarta.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.Profile({"cloud", " dc "})
                        public class Profiled {
                            public Profiled(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport
                                            host.UserManager users) { }
                        }
                        """,
                "app.Always", "package app; @jakarta.inject.Named public class Always { }"));

        assertThat(result.errors).isEmpty();
        assertThat(result.indexFiles()).containsExactly("component",
                "profile-cloud/component", "profile-cloud/imports", "profile-dc/component", "profile-dc/imports");
        assertThat(result.index("component")).hasValue("app.Always\n");
        assertThat(result.index("profile-dc/component")).hasValue("app.Profiled\n");
        assertThat(result.index("profile-cloud/imports")).hasValue("host.UserManager\n");
    }

    @Test
    void writesNothingWithoutAnnotatedClasses() {
        Compilation result = Compilation.compile(output, Map.of("app.Plain", "package app; public class Plain { }"));

        assertThat(result.success).isTrue();
        assertThat(result.indexFiles()).isEmpty();
    }

    @Test
    void rejectsImportOfAClass() {
        Compilation result = Compilation.compile(output, Map.of(
                "host.Clock", HOST_CLASS,
                "app.Service", """
                        package app;
                        @jakarta.inject.Named
                        public class Service {
                            public Service(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport
                                           host.Clock clock) { }
                        }
                        """));

        assertThat(result.success).isFalse();
        assertThat(result.errors).singleElement().asString()
                .contains("@ComponentImport needs an interface type", "host.Clock");
        assertThat(result.indexFiles()).isEmpty();
    }

    @Test
    void rejectsOtherMisuse() {
        Compilation result = Compilation.compile(output, Map.of(
                "host.UserManager", HOST_SERVICES,
                "app.api.Greeter", API,
                "app.NotAComponent", """
                        package app;
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                        public class NotAComponent { }
                        """,
                "app.Legacy", "package app; @javax.inject.Named public class Legacy { }",
                "app.Setter", """
                        package app;
                        @jakarta.inject.Named
                        public class Setter {
                            public void set(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport
                                            host.UserManager users) { }
                        }
                        """,
                "app.WrongExport", """
                        package app;
                        @jakarta.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(app.api.Greeter.class)
                        public class WrongExport { }
                        """,
                "app.Abstract", "package app; @jakarta.inject.Named public abstract class Abstract { }"));

        assertThat(result.errors).hasSize(5).anySatisfy(error -> assertThat(error)
                        .contains("@ExportAsService needs a component", "app.NotAComponent"))
                .anySatisfy(error -> assertThat(error).contains("use @jakarta.inject.Named"))
                .anySatisfy(error -> assertThat(error).contains("only supported on constructor parameters and fields"))
                .anySatisfy(error -> assertThat(error).contains("app.WrongExport is exported as app.api.Greeter"))
                .anySatisfy(error -> assertThat(error).contains("@Named needs a concrete class", "app.Abstract"));
    }
}
