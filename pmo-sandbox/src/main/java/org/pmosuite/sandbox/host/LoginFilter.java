package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.sandbox.data.JdbcUserDirectory;
import org.pmosuite.sandbox.data.SandboxUser;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * Who is logged in: the user chosen with the sandbox's user switcher (a cookie), or the default demo user when
 * none was chosen yet. Opens the request scope every platform service reads.
 */
public final class LoginFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    public static final String COOKIE = "pmo.sandbox.user";
    /** The cookie value for "logged out". */
    public static final String ANONYMOUS = "anonymous";

    private final transient JdbcUserDirectory users;
    private final transient RequestScope requestScope;
    private final String defaultUserKey;

    public LoginFilter(JdbcUserDirectory users, RequestScope requestScope, String defaultUserKey) {
        this.users = users;
        this.requestScope = requestScope;
        this.defaultUserKey = defaultUserKey;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String chosen = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst()
                .orElse(defaultUserKey);
        Optional<SandboxUser> user = ANONYMOUS.equals(chosen) ? Optional.empty() : users.find(chosen);
        RequestScope.Entered scope = requestScope.enter(user);
        try {
            chain.doFilter(request, response);
        } finally {
            scope.close();
        }
    }
}
