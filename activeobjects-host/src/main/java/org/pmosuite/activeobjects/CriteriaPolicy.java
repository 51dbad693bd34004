package org.pmosuite.activeobjects;

import java.util.regex.Pattern;

/**
 * Holds every query an app sends through the facade to "values only as {@code ?} parameters": a criteria string with a
 * quoted string or a bare number in it is refused, so a value a user typed can never become SQL. Column names, the
 * operators and {@code ?} are all a criteria string may hold.
 */
final class CriteriaPolicy {

    private static final Pattern LITERAL = Pattern.compile("['\"`]|(?<![A-Za-z0-9_])[-+]?\\d");

    private CriteriaPolicy() {
    }

    static String check(String criteria) {
        if (criteria != null && LITERAL.matcher(criteria).find()) {
            throw new UnparameterisedQueryException(criteria);
        }
        return criteria;
    }
}
