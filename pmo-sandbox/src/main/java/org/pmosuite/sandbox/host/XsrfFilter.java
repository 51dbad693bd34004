package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jira's origin-based XSRF protection: a state-changing request passes only with {@code X-Atlassian-Token:
 * no-check} or an {@code Origin} header naming this very server.
 */
public final class XsrfFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String FAILED = "XSRF check failed";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (STATE_CHANGING.contains(request.getMethod()) && !passes(request)) {
            JiraErrors.send(response, HttpServletResponse.SC_FORBIDDEN, FAILED);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean passes(HttpServletRequest request) {
        if ("no-check".equals(request.getHeader("X-Atlassian-Token"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        return origin != null && host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
    }
}
