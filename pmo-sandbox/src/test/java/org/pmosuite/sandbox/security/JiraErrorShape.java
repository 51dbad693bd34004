package org.pmosuite.sandbox.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks that an answer is an error in Jira's shape: {@code {"errorMessages": [...], "errors": {...}}}. */
final class JiraErrorShape {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraErrorShape() {
    }

    /** What is wrong with the answer as a Jira error with at least one message a person can read; empty if fine. */
    static List<String> problems(HttpResponse<String> answer) {
        List<String> problems = new ArrayList<>();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            problems.add("Content-Type is '" + type + "', not JSON");
            return problems;
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            problems.add("the body is not JSON: " + abbreviate(answer.body()));
            return problems;
        }
        if (body == null || !body.path("errorMessages").isArray() || !body.path("errors").isObject()) {
            problems.add("the body has no errorMessages array and errors object: " + abbreviate(answer.body()));
            return problems;
        }
        List<String> messages = new ArrayList<>();
        body.path("errorMessages").forEach(message -> messages.add(message.asText()));
        body.path("errors").forEach(message -> messages.add(message.asText()));
        if (messages.isEmpty() || messages.stream().anyMatch(message -> message.isBlank()
                || message.startsWith("pmo.") || message.contains("Exception") || message.contains("\tat "))) {
            problems.add("no message a person can act on (blank, a raw key or a stack trace): " + messages);
        }
        return problems;
    }

    static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
