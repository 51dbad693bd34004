package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.sandbox.data.JdbcUserDirectory;

/**
 * {@code POST /sandbox/switch-user} with {@code user} (a user key, or {@code anonymous}) and {@code destination}:
 * logs in as that demo user and goes back. Behind the XSRF filter, like every other write.
 */
public final class SwitchUserServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String PATH = "/sandbox/switch-user";

    private final transient JdbcUserDirectory users;

    public SwitchUserServlet(JdbcUserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = Optional.ofNullable(request.getParameter("user")).map(String::trim).orElse("");
        if (!LoginFilter.ANONYMOUS.equals(user) && users.find(user).isEmpty()) {
            JiraErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, "There is no demo user '" + user + "'.");
            return;
        }
        Cookie cookie = new Cookie(LoginFilter.COOKIE, user);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", safeDestination(request.getContextPath(), request.getParameter("destination")));
    }

    /** Only a path inside this sandbox, so the form cannot be used to send people elsewhere. */
    static String safeDestination(String contextPath, String destination) {
        if (destination == null || !destination.startsWith(contextPath + "/") || destination.startsWith("//")
                || destination.contains("\\") || destination.contains("\r") || destination.contains("\n")) {
            return contextPath + "/";
        }
        return destination;
    }
}
