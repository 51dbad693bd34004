package org.pmosuite.sandbox.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The part of JQL the sandbox runs for a portfolio's scope filter, parsed strictly: clauses joined by {@code AND},
 * each {@code status = "X"}, {@code status in ("X", "Y")}, {@code theme = "X"} or {@code theme in ("X", "Y")}, the
 * theme being the Theme custom field. As in JQL, field names, {@code in} and {@code AND} are case-insensitive, values
 * are quoted with double or single quotes (a backslash escapes the quote or itself) or are single words, and values
 * match whatever their case. Anything else ({@code OR}, {@code NOT}, parentheses around clauses, other fields or
 * operators, functions, {@code ORDER BY}) is refused rather than half understood. Unlike Jira, a status or theme
 * nobody uses is no error: it matches nothing.
 */
final class ScopeJql {

    /** The fields the subset knows. */
    enum Field { STATUS, THEME }

    /** One clause: the field is one of the values, each in lower case. */
    record Clause(Field field, Set<String> values) {
    }

    /** The filter could not be parsed; {@link #rest()} is where the parser stopped, for the message. */
    static final class UnsupportedJqlException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String rest;

        UnsupportedJqlException(String rest) {
            super("unsupported JQL at: " + rest);
            this.rest = rest;
        }

        String rest() {
            return rest;
        }
    }

    /** The longest part of the filter an error quotes. */
    private static final int QUOTED = 80;
    /** Words JQL reserves, which must be quoted to be values. */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "in", "is", "was", "changed", "empty",
            "null", "order", "by");

    private enum Kind { WORD, STRING, EQUALS, OPEN, CLOSE, COMMA }

    private record Token(Kind kind, String text, int start) {
    }

    private final String jql;
    private final List<Token> tokens;
    private int next;

    private ScopeJql(String jql, List<Token> tokens) {
        this.jql = jql;
        this.tokens = tokens;
    }

    /** The filter's clauses, all of which an issue must match. */
    static List<Clause> parse(String jql) throws UnsupportedJqlException {
        ScopeJql parser = new ScopeJql(jql, tokens(jql));
        return parser.query();
    }

    private List<Clause> query() throws UnsupportedJqlException {
        List<Clause> clauses = new ArrayList<>();
        clauses.add(clause());
        while (next < tokens.size()) {
            Token and = tokens.get(next);
            if (and.kind() != Kind.WORD || !and.text().equalsIgnoreCase("and")) {
                throw stop(and);
            }
            next++;
            clauses.add(clause());
        }
        return clauses;
    }

    private Clause clause() throws UnsupportedJqlException {
        Token name = take();
        Field field;
        if (name.kind() == Kind.WORD && name.text().equalsIgnoreCase("status")) {
            field = Field.STATUS;
        } else if (name.kind() == Kind.WORD && name.text().equalsIgnoreCase("theme")) {
            field = Field.THEME;
        } else {
            throw stop(name);
        }
        Token operator = take();
        Set<String> values = new LinkedHashSet<>();
        if (operator.kind() == Kind.EQUALS) {
            values.add(value());
        } else if (operator.kind() == Kind.WORD && operator.text().equalsIgnoreCase("in")) {
            Token open = take();
            if (open.kind() != Kind.OPEN) {
                throw stop(open);
            }
            values.add(value());
            Token separator = take();
            while (separator.kind() == Kind.COMMA) {
                values.add(value());
                separator = take();
            }
            if (separator.kind() != Kind.CLOSE) {
                throw stop(separator);
            }
        } else {
            throw stop(operator);
        }
        return new Clause(field, Set.copyOf(values));
    }

    private String value() throws UnsupportedJqlException {
        Token value = take();
        boolean word = value.kind() == Kind.WORD && !RESERVED.contains(value.text().toLowerCase(Locale.ROOT));
        if ((!word && value.kind() != Kind.STRING) || value.text().isBlank()) {
            throw stop(value);
        }
        return value.text().toLowerCase(Locale.ROOT);
    }

    /** The next token; at the end of the filter, the parser stops with the filter's last clause quoted. */
    private Token take() throws UnsupportedJqlException {
        if (next >= tokens.size()) {
            throw new UnsupportedJqlException(quote(jql));
        }
        return tokens.get(next++);
    }

    private UnsupportedJqlException stop(Token token) {
        return new UnsupportedJqlException(quote(jql.substring(token.start())));
    }

    private static String quote(String text) {
        String stripped = text.strip();
        return stripped.length() <= QUOTED ? stripped : stripped.substring(0, QUOTED) + "...";
    }

    private static List<Token> tokens(String jql) throws UnsupportedJqlException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '=' || c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(c == '=' ? Kind.EQUALS : c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE
                        : Kind.COMMA, String.valueOf(c), i));
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int start = i++;
                while (true) {
                    if (i >= jql.length()) {
                        throw new UnsupportedJqlException(quote(jql.substring(start)));
                    }
                    char d = jql.charAt(i++);
                    if (d == c) {
                        break;
                    }
                    if (d == '\\') {
                        if (i >= jql.length()) {
                            throw new UnsupportedJqlException(quote(jql.substring(start)));
                        }
                        d = jql.charAt(i++);
                    }
                    text.append(d);
                }
                tokens.add(new Token(Kind.STRING, text.toString(), start));
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-') {
                int start = i;
                while (i < jql.length() && (Character.isLetterOrDigit(jql.charAt(i)) || jql.charAt(i) == '_'
                        || jql.charAt(i) == '.' || jql.charAt(i) == '-')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, jql.substring(start, i), start));
            } else {
                throw new UnsupportedJqlException(quote(jql.substring(i)));
            }
        }
        return tokens;
    }
}
