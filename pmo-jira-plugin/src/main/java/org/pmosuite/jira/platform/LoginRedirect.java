package org.pmosuite.jira.platform;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sends someone who is not logged in to Jira's login page, and back to where they were going afterwards. */
public final class LoginRedirect {

    private LoginRedirect() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String destination = request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }
}
