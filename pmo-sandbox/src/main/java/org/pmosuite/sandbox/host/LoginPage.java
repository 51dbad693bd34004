package org.pmosuite.sandbox.host;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/** Jira's log-in page, {@code /login.jsp?os_destination=...}, and the one way the sandbox sends people to it. */
public final class LoginPage {

    public static final String PATH = "/login.jsp";
    /** The parameter naming where to go after logging in. */
    public static final String DESTINATION = "os_destination";

    private LoginPage() {
    }

    /** The request's own URI with its query: where logging in or switching user comes back to. */
    public static String returnUri(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /** The log-in page, coming back to this request's page. */
    public static String uriFor(HttpServletRequest request) {
        return request.getContextPath() + PATH + "?" + DESTINATION + "="
                + URLEncoder.encode(returnUri(request), StandardCharsets.UTF_8);
    }
}
