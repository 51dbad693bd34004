package org.pmosuite.sandbox.security;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.pmosuite.sandbox.security.EndpointSpec.Request;

/**
 * Hostile values and the ways they reach an endpoint: in a query parameter (replaced, repeated or added), in the
 * path, in one member of the JSON body (any depth, any kind), or as a body that is not the JSON it should be.
 */
final class HostileInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "\u0001hostile\u0001";

    private HostileInput() {
    }

    /** A change to a valid request; {@link #toString()} says what it did, for the failure message. */
    interface Mutation {
        Request apply(Request valid);
    }

    /** Hostile strings of any length, up to one far beyond any field's limit (for bodies). */
    static Arbitrary<String> strings() {
        return Arbitraries.oneOf(shortStrings(), Arbitraries.strings().withChars("aZ9-_ ").ofLength(70_000));
    }

    /**
     * Hostile strings short enough for a URL: the servlet container refuses a request line beyond its limit (8 KB
     * in Jira's Tomcat) with its own 414 before any app code runs.
     */
    static Arbitrary<String> shortStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZ9-_ <>\"'&").ofMinLength(1000).ofMaxLength(1500),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("", " ", "\u0000", "\t\r\n", "\u202Eevil\u202C", "\u200B\u200D", "-1", "0", "-0",
                        "99999999999999999999", "1e309", "NaN", "Infinity", "null", "true", "[]", "{}",
                        "' OR '1'='1", "\" OR \"\"=\"", "x\") OR project = \"SECRET", "../../etc/passwd",
                        "<script>alert(1)</script>", "${7*7}", "#set($x = 1)$x", "PAY-1 OR 1=1", "%00", "%zz",
                        "\r\nX-Injected: 1", "\uD835\uDD4F\uD83D\uDE42", "\uD800", "2026-02-30", "2026-13-01",
                        "9999-12-31", "-2026-01-01", "RISK,ISSUE", "risk", "OWNED ", "5x5", "0x0", "99x99"));
    }

    /** A JSON value as raw text: a hostile string, a number at or beyond every limit, another type, deep nesting. */
    static Arbitrary<String> jsonValues() {
        return Arbitraries.oneOf(
                strings().map(HostileInput::quoted),
                Arbitraries.of("-1", "0", "-0", "1.5", "3", "9223372036854775807", "-9223372036854775808",
                        "100000000000000000000000000000", "1e308", "-1e308", "1e-400", "true", "false", "null",
                        "[]", "{}", "[null]", "[1,\"a\",{}]", "{\"nested\":{\"deeper\":[1,2,{}]}}"),
                Arbitraries.integers().between(50, 3000).map(depth -> "[".repeat(depth) + "]".repeat(depth)));
    }

    /** A body that is not the JSON object asked for. */
    static Arbitrary<String> malformedBodies() {
        return Arbitraries.of("", "{", "}", "{\"summary\":", "[", "{'summary':'x'}", "{\"summary\":\"x\"}}",
                "{\"summary\":NaN}", "{\"summary\":\"x\",}", "\u0000", "<entry/>", "summary=x&type=RISK",
                "\"just text\"", "42", "null", "[]", "[{}]", "{\"summary\":\"a\",\"summary\":\"b\"}",
                "{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
                "{\"summary\":\"" + "x".repeat(2_000_000) + "\"}");
    }

    /** What may be done to a request of the endpoint: its path's last segment only where that is a key. */
    static Arbitrary<Mutation> mutations(EndpointSpec spec) {
        Arbitrary<Mutation> all = mutations();
        return spec.concern() == EndpointSpec.Concern.ISSUE && !spec.isPage() ? all
                : all.filter(mutation -> !(mutation instanceof PathKey));
    }

    static Arbitrary<Mutation> mutations() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, 20), shortStrings()).as(QueryValue::new),
                Arbitraries.integers().between(0, 20).map(Repeated::new),
                Combinators.combine(shortStrings(), shortStrings()).as(ExtraParameter::new),
                shortStrings().filter(HostileInput::reachesTheApp).map(PathKey::new),
                Combinators.combine(Arbitraries.integers().between(0, 200), jsonValues()).as(BodyMember::new),
                malformedBodies().map(RawBody::new));
    }

    /**
     * Whether a path segment reaches the app at all: the servlet container answers an encoded slash, backslash,
     * percent, semicolon or a dot segment itself (400 or a normalised path) before any app code runs, in Jira's
     * Tomcat as in the sandbox's Jetty.
     */
    static boolean reachesTheApp(String segment) {
        return !segment.isEmpty() && !segment.equals(".") && !segment.equals("..")
                && segment.chars().noneMatch(c -> c == '/' || c == '\\' || c == '%' || c == ';' || c < 0x20
                        || c == 0x7f) && segment.length() < 4000;
    }

    record QueryValue(int index, String value) implements Mutation {
        @Override
        public Request apply(Request valid) {
            List<String[]> parameters = parameters(valid);
            if (parameters.isEmpty()) {
                parameters.add(new String[] {"project", value});
            } else {
                parameters.get(index % parameters.size())[1] = value;
            }
            return withParameters(valid, parameters);
        }

        @Override
        public String toString() {
            return "query parameter #" + index + " = " + abbreviated(value);
        }
    }

    record Repeated(int index) implements Mutation {
        @Override
        public Request apply(Request valid) {
            List<String[]> parameters = parameters(valid);
            if (parameters.isEmpty()) {
                parameters.add(new String[] {"project", "A"});
                parameters.add(new String[] {"project", "B"});
            } else {
                String[] repeated = parameters.get(index % parameters.size());
                parameters.add(new String[] {repeated[0], repeated[1] + "X"});
            }
            return withParameters(valid, parameters);
        }
    }

    record ExtraParameter(String name, String value) implements Mutation {
        @Override
        public Request apply(Request valid) {
            List<String[]> parameters = parameters(valid);
            parameters.add(new String[] {name.isEmpty() ? "x" : name, value});
            return withParameters(valid, parameters);
        }

        @Override
        public String toString() {
            return "extra parameter " + abbreviated(name) + " = " + abbreviated(value);
        }
    }

    /** The last path segment (an issue key, for example) replaced. */
    record PathKey(String segment) implements Mutation {
        @Override
        public Request apply(Request valid) {
            String path = valid.path();
            int query = path.indexOf('?');
            String bare = query < 0 ? path : path.substring(0, query);
            String rest = query < 0 ? "" : path.substring(query);
            int slash = bare.lastIndexOf('/');
            return valid.withPath(bare.substring(0, slash + 1)
                    + URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20") + rest);
        }

        @Override
        public String toString() {
            return "last path segment = " + abbreviated(segment);
        }
    }

    /** One member of the body, at any depth, replaced by a raw JSON value; a body-less request gets it as a body. */
    record BodyMember(int index, String rawJson) implements Mutation {
        @Override
        public Request apply(Request valid) {
            if (valid.body() == null || valid.body().isEmpty()) {
                return valid.withBody(rawJson);
            }
            try {
                JsonNode body = JSON.readTree(valid.body());
                List<Runnable> replacements = new ArrayList<>();
                collect(body, replacements);
                if (replacements.isEmpty()) {
                    return valid.withBody(rawJson);
                }
                replacements.get(index % replacements.size()).run();
                return valid.withBody(JSON.writeValueAsString(body).replace(quoted(MARK), rawJson));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a spec's valid body is not JSON: " + valid.body(), e);
            }
        }

        private static void collect(JsonNode node, List<Runnable> replacements) {
            if (node instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    replacements.add(() -> object.put(name, MARK));
                    collect(object.get(name), replacements);
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    int at = i;
                    replacements.add(() -> array.set(at, JSON.getNodeFactory().textNode(MARK)));
                    collect(array.get(i), replacements);
                }
            }
        }

        @Override
        public String toString() {
            return "body member #" + index + " = " + abbreviated(rawJson);
        }
    }

    record RawBody(String body) implements Mutation {
        @Override
        public Request apply(Request valid) {
            return valid.withBody(body);
        }

        @Override
        public String toString() {
            return "body = " + abbreviated(body);
        }
    }

    private static List<String[]> parameters(Request request) {
        List<String[]> parameters = new ArrayList<>();
        int query = request.path().indexOf('?');
        if (query >= 0) {
            for (String pair : request.path().substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                parameters.add(new String[] {decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1))});
            }
        }
        return parameters;
    }

    private static Request withParameters(Request request, List<String[]> parameters) {
        int query = request.path().indexOf('?');
        String bare = query < 0 ? request.path() : request.path().substring(0, query);
        List<String> pairs = new ArrayList<>();
        for (String[] parameter : parameters) {
            pairs.add(URLEncoder.encode(parameter[0], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
        }
        return request.withPath(bare + "?" + String.join("&", pairs));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviated(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
        StringBuilder escaped = new StringBuilder();
        shown.codePoints().forEach(c -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return escaped.toString();
    }
}
