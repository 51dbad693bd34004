package org.pmosuite.sandbox.security;

import java.util.function.Function;

/**
 * How the harness calls one endpoint: a valid request for a target project or issue, which target it concerns, and
 * who may call it. Every endpoint {@link EndpointDiscovery} finds needs one (see {@link EndpointSpecs}).
 *
 * @param id              the endpoint's {@link Endpoint#id()}
 * @param concern         what the request names: a project, an issue, or nothing (a figure over all projects)
 * @param access          who may call it on a target they browse
 * @param websudo         whether it needs a secure administrator session
 * @param acrossProjects  whether it also answers with no project named, over every project the caller browses
 * @param request         a valid request for a call; a write's body may depend on what a read answers first
 */
record EndpointSpec(String id, Concern concern, Access access, boolean websudo, boolean acrossProjects,
        Function<Call, Request> request) {

    enum Concern { PROJECT, ISSUE, NONE }

    enum Access {
        /** Anyone logged in who may browse the target. */
        USER,
        /** A project administrator of the target (or a Jira administrator). */
        PROJECT_ADMIN,
        /** A Jira administrator. */
        ADMIN,
        /** A holder of the app's "PMO lead" global permission, or a Jira administrator. */
        PMO_LEAD,
        /** Who may edit issues of the project the call names (Jira's "Edit issues"). */
        EDITOR,
        /** Who may create issues in the demo portfolio's intake project. */
        INTAKE_REQUESTER,
        /** Who may see the intake request the call names: whoever may change the portfolio, and its requester. */
        INTAKE_PARTY,
        /** The requester of the intake request the call names, while a PMO lead's question waits for them. */
        INTAKE_ANSWERER
    }

    /** The HTTP method, or the module type of a web panel or dashboard item. */
    String method() {
        return id.substring(0, id.indexOf(' '));
    }

    /** A servlet page, a web panel or a dashboard item, rather than a REST method. */
    boolean isPage() {
        return !id.contains(" /rest/");
    }

    /** A REST method that may change stored state. */
    boolean writes() {
        return writes(id);
    }

    /** Whether the endpoint of an {@link Endpoint#id()} is a REST method that may change stored state. */
    static boolean writes(String id) {
        return id.contains(" /rest/") && !id.startsWith("GET ");
    }

    /**
     * One call of an endpoint: by whom, about what, and a way to read first (a write names the version it read).
     *
     * @param user    the demo user's key, or {@code anonymous}
     * @param project the project key the request names, or {@code null} across projects
     * @param issue   the issue key the request names, or {@code null}
     * @param reads   answers reads as the same user
     */
    record Call(String user, String project, String issue, Reads reads) {
    }

    /** Reads JSON as the calling user, to build a write from what the user was shown. */
    interface Reads {
        /** The body of a 200 answer, or {@code null} for any other status. */
        com.fasterxml.jackson.databind.JsonNode json(String path);
    }

    /**
     * A request relative to Jira's context path, for example {@code rest/pmo/1.0/raid/log?project=ABC}.
     *
     * @param body JSON, or {@code null} for none
     */
    record Request(String method, String path, String body) {

        static Request get(String path) {
            return new Request("GET", path, null);
        }

        Request withMethod(String other) {
            return new Request(other, path, body);
        }

        Request withPath(String other) {
            return new Request(method, other, body);
        }

        Request withBody(String other) {
            return new Request(method, path, other);
        }
    }
}
