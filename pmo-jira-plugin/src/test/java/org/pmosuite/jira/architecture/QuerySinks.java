package org.pmosuite.jira.architecture;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link QueryTaintAnalysis} checks: the calls that take query text, the JQL escaping helpers whose result is
 * safe in JQL, and the few places allowed to pass text the analysis cannot prove constant.
 */
public final class QuerySinks {

    /** The language a query is written in; a JQL string literal is no SQL literal, so it is safe in JQL only. */
    public enum Language { SQL, JQL }

    /** Every {@code String} argument of these methods of this type (or of a subtype) is query text. */
    public record Sink(String type, Set<String> methods, Language language) {
        static Sink sql(String type, String... methods) {
            return new Sink(type.replace('.', '/'), Set.of(methods), Language.SQL);
        }

        static Sink jql(String type, String... methods) {
            return new Sink(type.replace('.', '/'), Set.of(methods), Language.JQL);
        }
    }

    private static final String[] STATEMENT_TEXT = {"execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
        "addBatch"};

    public static final List<Sink> SINKS = List.of(
            // JDBC: statement text, prepared or run directly (the sandbox's store, the Active Objects host).
            Sink.sql("java.sql.Connection", "prepareStatement", "prepareCall", "nativeSQL"),
            Sink.sql("java.sql.Statement", STATEMENT_TEXT),
            Sink.sql("java.sql.PreparedStatement", STATEMENT_TEXT),
            Sink.sql("java.sql.CallableStatement", STATEMENT_TEXT),
            // Active Objects: criteria and clauses of a Query, and the facade's and the entity manager's criteria.
            Sink.sql("net.java.ao.Query", "<init>", "select", "from", "where", "order", "group", "having", "alias",
                    "join", "setTable", "setWhereClause", "setOrderClause", "setGroupClause", "setHavingClause"),
            Sink.sql("net.java.ao.EntityManager", "find", "findSingleEntity", "findWithSQL", "count", "deleteWithSQL",
                    "stream"),
            Sink.sql("com.atlassian.activeobjects.external.ActiveObjects", "find", "findWithSQL", "count",
                    "deleteWithSQL", "stream"),
            // JQL: text Jira parses into a query (JiraSearches parses every query the RAID adapters run, and
            // JiraInitiativeSource those of the portfolio).
            Sink.jql("com.atlassian.jira.bc.issue.search.SearchService", "parseQuery"),
            Sink.jql("com.atlassian.jira.jql.parser.JqlQueryParser", "parseQuery", "parseClause"));

    /**
     * JQL escaping helpers, as {@code Class#method}: their result is a JQL string literal whatever the argument, since
     * they quote it and escape backslashes and quotes ({@code JqlTest} holds them to that). The result is
     * safe in JQL only.
     */
    public static final Set<String> JQL_ESCAPERS = Set.of(
            "org.pmosuite.jira.platform.Jql#quote",
            "org.pmosuite.jira.platform.Jql#quoted");

    /**
     * Methods, as {@code Class#method}, that may hand a sink text the analysis cannot prove constant, each with the
     * reason it is safe. Keep this short: prefer code the analysis can follow.
     */
    public static final Map<String, String> ALLOWED = Map.of(
            // The analysis keeps one content per map, keys and values together; here the keys are column names, all
            // constants, and only they are written into the SQL, while every value is bound as a ? parameter.
            "org.pmosuite.sandbox.data.JdbcRaidEntries#write",
            "the SET list is the keys of a map of column-name constants; the values are ? parameters",
            // A portfolio's JQL filter is JQL by design: what its owner typed to narrow the scope. It is run only as
            // the viewer, parsed alone first (a text that would close the parenthesis it is put in does not parse),
            // validated alone, then put in parentheses as the last AND clause after the generated ones.
            "org.pmosuite.jira.portfolio.JiraInitiativeSource#scoped",
            "the scope's own JQL filter, parsed and validated alone as the viewer, then ANDed in parentheses");

    private QuerySinks() {
    }
}
