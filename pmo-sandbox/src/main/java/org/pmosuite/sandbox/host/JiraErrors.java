package org.pmosuite.sandbox.host;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Jira's REST error body, {@code {"errorMessages":[...],"errors":{}}}, for answers the host itself gives. */
final class JiraErrors {

    private JiraErrors() {
    }

    static String json(String message) {
        return "{\"errorMessages\":[" + quote(message) + "],\"errors\":{}}";
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json(message));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
