package org.pmosuite.jira.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses an OSGi header such as Import-Package into clauses and their attributes and directives. */
final class OsgiHeader {

    private OsgiHeader() {
    }

    /** Package name to its parameters; a directive keeps its colon ({@code resolution:}). */
    static Map<String, Map<String, String>> parse(String header) {
        Map<String, Map<String, String>> clauses = new LinkedHashMap<>();
        if (header == null) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    names.add(part.trim());
                } else {
                    String key = part.substring(0, equals).trim();
                    String value = part.substring(equals + 1).trim();
                    if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                        value = value.substring(1, value.length() - 1);
                    }
                    parameters.put(key, value);
                }
            }
            names.forEach(name -> clauses.put(name, parameters));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
