package org.pmosuite.sandbox.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.sandbox.data.SandboxUser;

/**
 * SAL's {@link WebSudoManager} ("secure administrator sessions") for the sandbox. Jira keeps a websudo session in
 * the user's HTTP session; the sandbox has none, so a websudo session is the cookie {@value #COOKIE} holding a
 * random token that this instance remembers, in memory, for the user it was granted to. A session lasts
 * {@link #TIMEOUT} (Jira's default of 10 minutes) since it was last used, and only for that user: presented while
 * someone else is logged in (the user switcher was used) it is refused and forgotten.
 *
 * <p>The SAL contract, as an app servlet uses it: {@link #willExecuteWebSudoRequest} throws
 * {@link WebSudoSessionException} without a session and refreshes one that is active; then
 * {@link #enforceWebSudoProtection} redirects to Jira's authenticate page,
 * {@value #AUTHENTICATE_PATH}{@code ?webSudoDestination=<path and query>}, which returns there once confirmed.
 * {@link #canExecuteRequest} only tells, without refreshing.
 */
public final class SandboxWebSudoManager implements WebSudoManager {

    public static final String COOKIE = "pmo.sandbox.websudo";
    /** Jira's authenticate page, under the context path. */
    public static final String AUTHENTICATE_PATH = "/secure/admin/WebSudoAuthenticate.jspa";
    /** The authenticate page's parameter naming where to return. */
    public static final String DESTINATION = "webSudoDestination";
    /** Jira's default ({@code jira.websudo.timeout}, 10 minutes), counted from the last use. */
    public static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final RequestScope requestScope;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Grant> grants = new ConcurrentHashMap<>();

    private record Grant(String userKey, Instant lastUsed) {
    }

    /**
     * @param clock when sessions were last used and when they expire; tests pass one they can move
     */
    public SandboxWebSudoManager(RequestScope requestScope, Clock clock) {
        this.requestScope = requestScope;
        this.clock = clock;
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        return active(token(request.getCookies())).isPresent();
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Location", request.getContextPath() + AUTHENTICATE_PATH + "?" + DESTINATION + "="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!use(token(request.getCookies()))) {
            throw new WebSudoSessionException("This request requires a websudo session, and there is none for "
                    + requestScope.user().map(SandboxUser::key).orElse("an anonymous user") + ".");
        }
    }

    /**
     * Whether the token names an active session of the current user; if so, it counts as used now. For callers
     * that hold the token rather than the servlet request (the REST check).
     */
    public boolean use(Optional<String> token) {
        Optional<String> active = active(token);
        Instant now = clock.instant();
        active.ifPresent(key -> grants.computeIfPresent(key, (k, grant) -> new Grant(grant.userKey(), now)));
        return active.isPresent();
    }

    /** Starts a websudo session for the user; the cookie to set carries it. */
    public Cookie grant(SandboxUser user, String contextPath) {
        Instant now = clock.instant();
        grants.entrySet().removeIf(entry -> expired(entry.getValue(), now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(user.key(), now));
        return cookie(token, contextPath, -1);
    }

    /** Ends the request's websudo session, if any; the cookie to set removes it from the browser. */
    public Cookie drop(HttpServletRequest request) {
        token(request.getCookies()).ifPresent(grants::remove);
        return cookie("", request.getContextPath(), 0);
    }

    /** The websudo token among the cookies, if one was sent. */
    public static Optional<String> token(Cookie[] cookies) {
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue)
                .filter(value -> !value.isEmpty()).findFirst();
    }

    private Optional<String> active(Optional<String> token) {
        Optional<SandboxUser> user = requestScope.user();
        if (token.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        Grant grant = grants.get(token.get());
        if (grant == null) {
            return Optional.empty();
        }
        if (!grant.userKey().equals(user.get().key()) || expired(grant, clock.instant())) {
            grants.remove(token.get(), grant);
            return Optional.empty();
        }
        return token;
    }

    private static boolean expired(Grant grant, Instant now) {
        return now.isAfter(grant.lastUsed().plus(TIMEOUT));
    }

    private static Cookie cookie(String value, String contextPath, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
