package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmosuite.sandbox.data.JdbcUserDirectory;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.host.LoginFilter;
import org.pmosuite.sandbox.host.WebSudoAuthenticateServlet;
import org.pmosuite.sandbox.platform.RequestScope;
import org.pmosuite.sandbox.platform.SandboxWebSudoManager;
import org.pmosuite.sandbox.platform.VelocityAllowlist;
import org.pmosuite.sandbox.platform.VelocityTemplateRenderer;

/**
 * Websudo over real HTTP: the authenticate page, its open-redirect guard and {@code @WebSudoRequired} REST in a
 * running sandbox; a servlet doing SAL's websudo dance, and expiry on a clock the test moves, in a Jetty wired from
 * the same host classes (the plugin has no websudo-protected servlet yet, and the sandbox serves only the plugin's).
 */
class SandboxWebSudoHttpTest {

    private static final String LEAD = PortfolioGenerator.PMO_LEAD;
    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;
    private static final String AUTHENTICATE = "secure/admin/WebSudoAuthenticate.jspa";
    private static final String PROBE = "rest/pmo/1.0/websudo-probe/admin";
    private static final String PROBE_CLASS = "rest/pmo/1.0/websudo-probe-class";
    private static final String PROBE_OPEN = "rest/pmo/1.0/websudo-probe/open";
    private static final String ADMIN_PAGE = "plugins/servlet/probe/admin";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path dataRoot;
    static SandboxFixture fixture;
    static MovableClock clock;
    static Server harness;
    static URI harnessBase;

    @BeforeAll
    static void start() throws Exception {
        fixture = SandboxFixture.start(dataRoot);
        clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
        RequestScope requestScope = new RequestScope();
        SandboxWebSudoManager webSudo = new SandboxWebSudoManager(requestScope, clock);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/jira");
        context.addFilter(new LoginFilter(new JdbcUserDirectory(fixture.sandbox().database()), requestScope, LEAD),
                "/*", java.util.EnumSet.of(DispatcherType.REQUEST));
        WebSudoAuthenticateServlet.mount(context, webSudo,
                new VelocityTemplateRenderer(new VelocityAllowlist(List.of())), requestScope);
        context.addServlet(new ServletHolder(new AdminServlet(webSudo, requestScope)), "/" + ADMIN_PAGE);
        harness = new Server();
        ServerConnector connector = new ServerConnector(harness);
        connector.setHost("127.0.0.1");
        harness.addConnector(connector);
        harness.setHandler(context);
        harness.start();
        harnessBase = URI.create("http://localhost:" + connector.getLocalPort() + "/jira/");
    }

    @AfterAll
    static void stop() throws Exception {
        if (harness != null) {
            harness.stop();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    // --- the authenticate page in the running sandbox -----------------------------------------------------------

    @Test
    void theAuthenticatePageAsksTheCurrentUserToConfirmAndKeepsTheDestination() throws Exception {
        HttpResponse<String> page = get(fixture.uri(AUTHENTICATE + "?webSudoDestination="
                + encode("/jira/plugins/servlet/pmo/raid/heatmap?project=A&size=5")), user(LEAD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Administrator access - PMO Suite</title>", "class=\"aui-header\"",
                "Administrator access: confirm that you want to continue as",
                "id=\"sandbox-websudo-user\">" + displayName(LEAD) + "<",
                "action=\"/jira/secure/admin/WebSudoAuthenticate.jspa\"",
                "name=\"webSudoDestination\" value=\"/jira/plugins/servlet/pmo/raid/heatmap?project=A&amp;size=5\"",
                "id=\"sandbox-websudo-confirm\"", "id=\"sandbox-websudo-cancel\"")
                .doesNotContain("id=\"sandbox-websudo-active\"");
    }

    @Test
    void thePageEscapesTheDisplayName() throws Exception {
        fixture.execute("UPDATE sandbox_user SET display_name = ? WHERE user_key = 'viewer'",
                "<img src=x onerror=alert(1)>");

        HttpResponse<String> page = get(fixture.uri(AUTHENTICATE), user("viewer"));

        assertThat(page.body()).contains(">&lt;img src=x onerror=alert(1)&gt;<")
                .doesNotContain("<img src=x");
    }

    @Test
    void anonymousUsersAreSentToLogInFirstAndComeBackToThePage() throws Exception {
        HttpResponse<String> page = get(fixture.uri(AUTHENTICATE + "?webSudoDestination=" + encode("/jira/x")),
                user(LoginFilter.ANONYMOUS));

        assertThat(page.statusCode()).isEqualTo(302);
        String location = page.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/jira/login.jsp?os_destination=");
        assertThat(URLDecoder.decode(location.substring(location.indexOf('=') + 1), StandardCharsets.UTF_8))
                .isEqualTo("/jira/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination=%2Fjira%2Fx");
    }

    @Test
    void confirmingIsAWriteThatNeedsTheSameOrigin() throws Exception {
        HttpResponse<String> withoutOrigin = post(fixture.uri(AUTHENTICATE), "webSudoDestination=/jira/x", null,
                user(LEAD));
        HttpResponse<String> otherOrigin = post(fixture.uri(AUTHENTICATE), "webSudoDestination=/jira/x",
                "http://evil.example", user(LEAD));

        for (HttpResponse<String> refused : List.of(withoutOrigin, otherOrigin)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("XSRF check failed");
            assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void confirmingGrantsAnHttpOnlyCookieAndReturnsToTheDestination() throws Exception {
        HttpResponse<String> confirmed = confirm(fixture.uri(AUTHENTICATE), fixture.origin(), LEAD,
                "/jira/plugins/servlet/pmo/raid/heatmap?project=A");

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/jira/plugins/servlet/pmo/raid/heatmap?project=A");
        String cookie = confirmed.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(SandboxWebSudoManager.COOKIE + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").contains("Path=/jira");

        HttpResponse<String> again = get(fixture.uri(AUTHENTICATE), user(LEAD), cookieOf(confirmed));
        assertThat(again.body()).contains("id=\"sandbox-websudo-active\"", "Drop access");
    }

    @Test
    void destinationsOutsideTheSandboxAreRefusedAndFallBackToTheHomePage() throws Exception {
        List<String> hostile = List.of("https://evil.example/", "http://localhost:1/jira/", "//evil.example/jira/",
                "///evil.example", "/\\evil.example", "/jira/\\evil", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
                "data:text/html,<script>alert(1)</script>", "/elsewhere", "jira/relative", "/jira",
                "/jira/\r\nSet-Cookie: a=b", "/jira/\tx", " /jira/x", "/jira/\u00e9", "");
        for (String destination : hostile) {
            HttpResponse<String> confirmed = confirm(fixture.uri(AUTHENTICATE), fixture.origin(), LEAD, destination);
            assertThat(confirmed.statusCode()).as(destination).isEqualTo(303);
            assertThat(confirmed.headers().firstValue("Location")).as(destination).hasValue("/jira/");

            HttpResponse<String> page = get(fixture.uri(AUTHENTICATE + "?webSudoDestination=" + encode(destination)),
                    user(LEAD));
            assertThat(page.body()).as(destination).contains("name=\"webSudoDestination\" value=\"/jira/\"");
        }
        HttpResponse<String> noDestination = post(fixture.uri(AUTHENTICATE), "", fixture.origin(), user(LEAD));
        assertThat(noDestination.headers().firstValue("Location")).hasValue("/jira/");
    }

    // --- @WebSudoRequired REST in the running sandbox -------------------------------------------------------------

    @Test
    void aWebSudoRequiredMethodAnswers401AsJiraDoesWithoutASession() throws Exception {
        for (String path : List.of(PROBE, PROBE_CLASS)) {
            HttpResponse<String> refused = get(fixture.uri(path), user(LEAD));

            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            JsonNode body = JSON.readTree(refused.body());
            assertThat(body.get("message").asText()).isEqualTo("This resource requires WebSudo.");
            assertThat(body.get("status-code").asInt()).isEqualTo(401);
            assertThat(refused.body()).as("what JIRA.Ajax.isWebSudoFailure looks for").containsIgnoringCase("websudo");
        }
        assertThat(get(fixture.uri(PROBE_OPEN), user(LEAD)).statusCode()).isEqualTo(200);
    }

    @Test
    void theAccessLevelIsCheckedBeforeWebSudo() throws Exception {
        HttpResponse<String> anonymous = get(fixture.uri(PROBE), user(LoginFilter.ANONYMOUS));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).get("errorMessages").get(0).asText())
                .contains("Authentication required");
    }

    @Test
    void aSessionOpensWebSudoRequiredResourcesForItsOwnUserOnly() throws Exception {
        String leadSudo = cookieOf(confirm(fixture.uri(AUTHENTICATE), fixture.origin(), LEAD, "/jira/"));

        assertThat(get(fixture.uri(PROBE), user(LEAD), leadSudo).statusCode()).isEqualTo(200);
        assertThat(get(fixture.uri(PROBE), user(LEAD), leadSudo).body()).isEqualTo("{\"admin\":true}");
        assertThat(get(fixture.uri(PROBE_CLASS), user(LEAD), leadSudo).statusCode()).isEqualTo(200);

        assertThat(get(fixture.uri(PROBE), user(MANAGER), leadSudo).statusCode())
                .as("another user's websudo cookie").isEqualTo(401);
        assertThat(get(fixture.uri(PROBE), user(LEAD), leadSudo).statusCode())
                .as("switching user ended the session").isEqualTo(401);
        assertThat(get(fixture.uri(PROBE), user(LEAD), SandboxWebSudoManager.COOKIE + "=forged").statusCode())
                .isEqualTo(401);
    }

    @Test
    void droppingAccessEndsTheSession() throws Exception {
        String formSudo = cookieOf(confirm(fixture.uri(AUTHENTICATE), fixture.origin(), LEAD, "/jira/"));
        String restSudo = cookieOf(confirm(fixture.uri(AUTHENTICATE), fixture.origin(), LEAD, "/jira/"));

        HttpResponse<String> dropped = post(fixture.uri("sandbox/websudo/drop"),
                "webSudoDestination=" + encode("/jira/sandbox"), fixture.origin(), user(LEAD), formSudo);
        assertThat(dropped.statusCode()).isEqualTo(303);
        assertThat(dropped.headers().firstValue("Location")).hasValue("/jira/sandbox");
        assertThat(dropped.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith(SandboxWebSudoManager.COOKIE + "=;").contains("Expires=Thu, 01 Jan 1970");
        assertThat(get(fixture.uri(PROBE), user(LEAD), formSudo).statusCode()).isEqualTo(401);

        HttpResponse<String> deletedWithoutToken = HTTP.send(HttpRequest.newBuilder(fixture.uri("rest/auth/1/websudo"))
                .header("Cookie", user(LEAD) + "; " + restSudo).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deletedWithoutToken.statusCode()).as("a write without the XSRF token").isEqualTo(403);
        HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(fixture.uri("rest/auth/1/websudo"))
                .header("Cookie", user(LEAD) + "; " + restSudo).header("X-Atlassian-Token", "no-check").DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(get(fixture.uri(PROBE), user(LEAD), restSudo).statusCode()).isEqualTo(401);
    }

    // --- a servlet doing SAL's dance, on a clock the test moves ---------------------------------------------------

    @Test
    void aProtectedServletSendsToTheAuthenticatePageAndConfirmingReturnsThere() throws Exception {
        HttpResponse<String> first = get(harnessBase.resolve(ADMIN_PAGE + "?tab=risks&size=5"), user(LEAD));

        assertThat(first.statusCode()).isEqualTo(302);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/jira/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination="
                + encode("/jira/" + ADMIN_PAGE + "?tab=risks&size=5"));

        HttpResponse<String> page = get(harnessBase.resolve(location.substring("/jira/".length())), user(LEAD));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"webSudoDestination\" value=\"/jira/" + ADMIN_PAGE
                + "?tab=risks&amp;size=5\"");

        HttpResponse<String> confirmed = confirm(harnessBase.resolve(AUTHENTICATE), origin(harnessBase), LEAD,
                "/jira/" + ADMIN_PAGE + "?tab=risks&size=5");
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/jira/" + ADMIN_PAGE + "?tab=risks&size=5");

        HttpResponse<String> admin = get(harnessBase.resolve(ADMIN_PAGE + "?tab=risks&size=5"), user(LEAD),
                cookieOf(confirmed));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).isEqualTo("admin page for " + LEAD);
    }

    @Test
    void aSessionLastsTenMinutesSinceItWasLastUsed() throws Exception {
        String sudo = cookieOf(confirm(harnessBase.resolve(AUTHENTICATE), origin(harnessBase), LEAD, "/jira/"));

        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(get(harnessBase.resolve(ADMIN_PAGE), user(LEAD), sudo).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(get(harnessBase.resolve(ADMIN_PAGE), user(LEAD), sudo).statusCode())
                .as("each use restarts the ten minutes").isEqualTo(200);
        clock.advance(SandboxWebSudoManager.TIMEOUT.plusSeconds(1));
        assertThat(get(harnessBase.resolve(ADMIN_PAGE), user(LEAD), sudo).statusCode()).isEqualTo(302);
        clock.advance(Duration.ofSeconds(-2));
        assertThat(get(harnessBase.resolve(ADMIN_PAGE), user(LEAD), sudo).statusCode())
                .as("an expired session is forgotten").isEqualTo(302);
    }

    @Test
    void aServletRefusesAnotherUsersSession() throws Exception {
        String leadSudo = cookieOf(confirm(harnessBase.resolve(AUTHENTICATE), origin(harnessBase), LEAD, "/jira/"));

        assertThat(get(harnessBase.resolve(ADMIN_PAGE), user(MANAGER), leadSudo).statusCode()).isEqualTo(302);
        assertThat(get(harnessBase.resolve(ADMIN_PAGE), user(LEAD), leadSudo).statusCode()).isEqualTo(302);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** A plugin servlet as SAL's documentation writes it. */
    private static final class AdminServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient WebSudoManager webSudoManager;
        private final transient RequestScope requestScope;

        AdminServlet(WebSudoManager webSudoManager, RequestScope requestScope) {
            this.webSudoManager = webSudoManager;
            this.requestScope = requestScope;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            try {
                webSudoManager.willExecuteWebSudoRequest(request);
            } catch (WebSudoSessionException e) {
                webSudoManager.enforceWebSudoProtection(request, response);
                return;
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("admin page for " + requestScope.user().orElseThrow().key());
        }
    }

    /** A clock the test moves; the sandbox never sleeps for it. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static HttpResponse<String> confirm(URI authenticate, String origin, String userKey, String destination)
            throws IOException, InterruptedException {
        return post(authenticate, "webSudoDestination=" + encode(destination), origin, user(userKey));
    }

    private static HttpResponse<String> get(URI uri, String... cookies) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Cookie", String.join("; ", cookies)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(URI uri, String form, String origin, String... cookies)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Cookie", String.join("; ", cookies))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String user(String key) {
        return LoginFilter.COOKIE + "=" + key;
    }

    /** {@code name=value} of the websudo cookie a response set. */
    private static String cookieOf(HttpResponse<String> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SandboxWebSudoManager.COOKIE + "=")).findFirst().orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String origin(URI base) {
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static String displayName(String key) throws Exception {
        return fixture.strings("SELECT display_name FROM sandbox_user WHERE user_key = ?", key).get(0);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
