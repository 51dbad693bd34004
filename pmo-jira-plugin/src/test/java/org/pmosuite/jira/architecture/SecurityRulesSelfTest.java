package org.pmosuite.jira.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each security rule reports the fixtures that break it, by name and path, and lets those that keep it pass. */
class SecurityRulesSelfTest {

    private static final String FIXTURES = "org.pmosuite.architecture.fixture";
    private static final Set<String> FIXTURE_ESCAPER = Set.of(FIXTURES + ".FixtureJql#quote");

    @Test
    void aReadThatWritesIsReportedWithItsPath() {
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

        List<String> reported = SecurityRulesTest.noReadChangesStoredState.evaluate(fixtures).getFailureReport()
                .getDetails();

        assertThat(reported).anySatisfy(path -> assertThat(path)
                .contains("WritingReadResource#throughInterfaceAndLambda(")
                .contains(" -> FixtureStore#current as AoFixtureStore#current(")
                .endsWith(" -> com.atlassian.activeobjects.external.ActiveObjects.create(java.lang.Class,"
                        + " java.util.Map)"));
        assertThat(reported).anySatisfy(path -> assertThat(path)
                .contains("WritingReadResource#throughMethodReference(")
                .contains(" -> WritingReadResource#touch(")
                .contains(" -> com.atlassian.jira.bc.issue.IssueService.update("));
        assertThat(reported).anySatisfy(path -> assertThat(path)
                .contains("WritingReadResource#throughCallback(")
                .contains(" -> WritingReadResource$1#write(")
                .contains(" -> FixtureStore#save as AoFixtureStore#save("));
        assertThat(reported).anySatisfy(path -> assertThat(path).contains("state: WritingServlet#doGet("));
        assertThat(reported).anySatisfy(path -> assertThat(path).contains("state: WritingPanel#getHtml("));
        assertThat(reported).noneSatisfy(path -> assertThat(path).containsAnyOf(
                "state: WritingReadResource#readOnly(", "state: WritingReadResource#write(", "WritingPanel#writeHtml"));
        assertThat(reported).hasSize(5);
    }

    @Test
    void everyQueryBuiltFromAValueIsReportedWithItsSource() {
        List<String> reported = fixtureQueries(Map.of()).violations();

        assertReported(reported, "UnsafeQueries#parameterIntoSql(", "java.sql.Connection.prepareStatement",
                "the SQL is built from parameter 'name' of UnsafeQueries#parameterIntoSql");
        assertReported(reported, "UnsafeQueries#parameterIntoAoWhere(", "net.java.ao.Query.where",
                "parameter 'column'");
        assertReported(reported, "UnsafeQueries#parameterIntoJql(",
                "com.atlassian.jira.bc.issue.search.SearchService.parseQuery", "the JQL is built from parameter 'key'");
        assertReported(reported, "UnsafeQueries#builderAppendedInALoop(", "java.sql.Connection.prepareStatement",
                "parameter 'names'");
        assertReported(reported, "UnsafeQueries#throughAHelper(", " -> UnsafeQueries#run(",
                "java.sql.Statement.execute: the SQL is built from parameter 'table'");
        assertReported(reported, "UnsafeQueries#throughAField(", "java.sql.Connection.prepareStatement",
                "parameter 'name' of UnsafeQueries#throughAField");
        assertReported(reported, "UnsafeQueries#fromARequest(",
                "the result of jakarta.servlet.http.HttpServletRequest.getParameter");
        assertReported(reported, "UnsafeQueries#insideALambda(", " -> UnsafeQueries#lambda$insideALambda$",
                " -> UnsafeQueries#run(", "java.sql.Statement.execute");
        assertReported(reported, "UnsafeQueries#oneBranchOfAMerge(", "parameter 'column'");
        assertReported(reported, "UnsafeQueries#aJoinedList(", "parameter 'extraColumn'");
        assertReported(reported, "UnsafeQueries#throughAConditionHelper(", "parameter 'column'");
        assertReported(reported, "UnsafeQueries#aSinkAsAMethodReference(",
                "SearchService.parseQuery: the JQL is built from an argument the caller of a function supplies");
        assertReported(reported, "UnsafeQueries#jqlLiteralIntoSql(", "a JQL literal, which is no SQL literal");
        assertThat(reported).noneSatisfy(violation -> assertThat(violation).contains("SafeQueries"));
    }

    @Test
    void anAllowlistEntryAllowsItsMethodOnlyAndAStaleOneIsReported() {
        QueryTaintAnalysis analysis = fixtureQueries(Map.of(
                FIXTURES + ".UnsafeQueries#fromARequest", "the fixture's request is trusted",
                FIXTURES + ".SafeQueries#constantsConcatenated", "nothing here needs allowing"));

        assertThat(analysis.violations()).noneSatisfy(violation -> assertThat(violation).contains("fromARequest"))
                .anySatisfy(violation -> assertThat(violation).contains("parameterIntoSql"));
        assertThat(analysis.unusedAllowances()).containsExactly(FIXTURES + ".SafeQueries#constantsConcatenated");
    }

    @Test
    void anEscapingHelperThatIsGoneIsReported() {
        QueryTaintAnalysis analysis = new QueryTaintAnalysis(AppClasses.test("org/pmosuite/architecture/fixture"),
                QuerySinks.SINKS, Set.of(FIXTURES + ".FixtureJql#escape"), Map.of());

        assertThat(analysis.missingEscapers()).containsExactly(FIXTURES + ".FixtureJql#escape");
    }

    private static QueryTaintAnalysis fixtureQueries(Map<String, String> allowed) {
        return new QueryTaintAnalysis(AppClasses.test("org/pmosuite/architecture/fixture"), QuerySinks.SINKS,
                FIXTURE_ESCAPER, allowed);
    }

    private static void assertReported(List<String> reported, String... parts) {
        assertThat(reported).as("reported queries").anySatisfy(violation -> assertThat(violation).contains(parts));
    }
}
