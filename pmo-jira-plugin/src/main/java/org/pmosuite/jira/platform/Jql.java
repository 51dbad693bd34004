package org.pmosuite.jira.platform;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * JQL string literals: how every Jira adapter writes a value into the JQL it generates, so that nothing typed can
 * change the query. The query analysis ({@code QuerySinks.JQL_ESCAPERS}) treats their result as safe in JQL only.
 */
public final class Jql {

    private Jql() {
    }

    /** A JQL string literal: quoted, with quotes and backslashes escaped. */
    public static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** JQL string literals for an {@code in (...)} list, sorted so that a query reads the same every time. */
    public static String quoted(Collection<String> values) {
        return values.stream().sorted().map(Jql::quote).collect(Collectors.joining(", "));
    }
}
