package org.pmosuite.sandbox.security;

/**
 * Something the app publishes that a user can reach: a REST resource method, a servlet method, a web panel or a
 * dashboard item. {@link #id()} names it the way a spec and a failure message do, for example
 * {@code GET /rest/pmo/1.0/raid/entries/{key}} or {@code WEB-PANEL raid-issue-panel}.
 *
 * @param kind   what publishes it
 * @param method the HTTP method; for a web panel or a dashboard item, the module type
 * @param path   the path under Jira's context path (REST and servlets), else the module key
 * @param origin the class or descriptor module it was discovered in, for messages
 */
record Endpoint(Kind kind, String method, String path, String origin) {

    enum Kind { REST, SERVLET, WEB_PANEL, DASHBOARD_ITEM }

    String id() {
        return method + " " + path;
    }
}
