package org.pmosuite.sandbox.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pmosuite.core.portfolio.PmoLeadAccess;
import org.pmosuite.sandbox.SandboxFixture;
import org.pmosuite.sandbox.data.PortfolioGenerator;
import org.pmosuite.sandbox.host.LoginFilter;
import org.pmosuite.sandbox.security.EndpointSpec.Request;

/**
 * A demo sandbox for the security harness: sends a spec's requests as any demo user, with or without a secure
 * administrator session, from this origin or another; picks each user's targets by the test's own SQL; and
 * digests the store.
 */
final class SecurityFixture implements AutoCloseable {

    static final String ANONYMOUS = LoginFilter.ANONYMOUS;
    /** Every demo user, and nobody. */
    static final List<String> USERS = List.of(PortfolioGenerator.PMO_LEAD, PortfolioGenerator.PROJECT_MANAGER,
            PortfolioGenerator.VIEWER, ANONYMOUS);
    /** A project key no project has. */
    static final String MISSING_PROJECT = "ZZNOPE";
    static final String FOREIGN_ORIGIN = "https://attacker.example";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxFixture sandbox;
    private final StoreDigest digest;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> websudoSessions = new ConcurrentHashMap<>();

    private SecurityFixture(SandboxFixture sandbox) {
        this.sandbox = sandbox;
        this.digest = new StoreDigest(sandbox.sandbox().database());
    }

    static SecurityFixture start(Path dataRoot) throws Exception {
        return new SecurityFixture(SandboxFixture.start(dataRoot));
    }

    /** A fixture over a sandbox started elsewhere, such as a browser test's; closing either closes the sandbox. */
    static SecurityFixture over(SandboxFixture sandbox) {
        return new SecurityFixture(sandbox);
    }

    SandboxFixture sandbox() {
        return sandbox;
    }

    String digest() {
        return digest.digest();
    }

    /** How a request is sent. */
    record Sending(boolean websudo, String origin, boolean xsrfToken, String contentType) {
        /** As the app's own pages send it: same origin, the XSRF header, JSON, and websudo when asked. */
        static Sending asTheApp(boolean websudo) {
            return new Sending(websudo, null, true, "application/json");
        }

        Sending withOrigin(String other, boolean token) {
            return new Sending(websudo, other, token, contentType);
        }

        Sending withContentType(String other) {
            return new Sending(websudo, origin, xsrfToken, other);
        }
    }

    HttpResponse<String> send(Request request, String user, Sending sending) throws IOException,
            InterruptedException {
        return send(request, user, sending, List.of());
    }

    /** Sends with extra headers (name, value pairs). */
    HttpResponse<String> send(Request request, String user, Sending sending, List<String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(sandbox.uri(request.path()));
        List<String> cookies = new ArrayList<>(List.of(LoginFilter.COOKIE + "=" + user));
        if (sending.websudo() && !user.equals(ANONYMOUS)) {
            cookies.add(websudoCookie(user));
        }
        builder.header("Cookie", String.join("; ", cookies));
        if (sending.xsrfToken()) {
            builder.header("X-Atlassian-Token", "no-check");
        }
        if (sending.origin() != null) {
            builder.header("Origin", sending.origin());
        }
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        if (request.body() != null) {
            builder.header("Content-Type", sending.contentType());
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body()));
        return sandbox.send(builder.build());
    }

    /**
     * Sends as the app's pages do, for many requests in a row: one client for all of them, and one secure
     * administrator session per user, confirmed once. A request whose pooled connection the server had closed
     * meanwhile is sent once more.
     */
    HttpResponse<String> sendQuickly(Request request, String user, boolean websudo) throws IOException,
            InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(sandbox.uri(request.path()))
                .header("X-Atlassian-Token", "no-check")
                .header("Cookie", LoginFilter.COOKIE + "=" + user + (websudo ? "; " + websudoSession(user) : ""));
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpRequest built = builder.method(request.method(), request.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.body())).build();
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The user's secure administrator session cookie, confirmed on first use. */
    String websudoSession(String user) {
        return websudoSessions.computeIfAbsent(user, key -> {
            try {
                return websudoCookie(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Reads as the user, for a spec that builds a write from what the user was shown. */
    EndpointSpec.Reads reads(String user) {
        return path -> {
            try {
                HttpResponse<String> answer = sandbox.get(path, user);
                return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    /** A secure administrator session confirmed as the authenticate page confirms it; its cookie. */
    String websudoCookie(String user) throws IOException, InterruptedException {
        return sandbox.websudoCookie(user);
    }

    /** The projects and issues a user's requests name, each found by the test's own reading of the tables. */
    record Targets(String browsableProject, String hiddenProject, String browsableIssue, String hiddenIssue,
            String missingIssue, boolean administersBrowsable) {
    }

    Targets targets(String user) throws SQLException {
        String browser = user.equals(ANONYMOUS) ? PortfolioGenerator.PMO_LEAD : user;
        List<String> browsable = sandbox.browsableKeys(browser);
        List<String> led = sandbox.strings("SELECT pkey FROM project WHERE lead_user_key = ? ORDER BY pkey", browser);
        String project = led.isEmpty() ? browsable.get(0) : led.get(0);
        String hiddenProject = sandbox.strings("""
                SELECT p.pkey FROM project p, sandbox_user u WHERE u.user_key = ? AND NOT u.browses_all
                  AND p.id NOT IN (SELECT g.project_id FROM project_permission g WHERE g.user_key = u.user_key)
                ORDER BY p.pkey""", browser).stream().findFirst().orElse(null);
        String issue = first("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE p.pkey = ? AND i.raid_type IS NOT NULL AND i.security_level_id IS NULL ORDER BY i.id""",
                project);
        // Hidden: under a security level the user lacks in a project they browse, else in a project they cannot.
        String hiddenIssue = first("""
                SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                WHERE p.pkey = ? AND i.raid_type IS NOT NULL AND i.security_level_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM issue_security_grant s
                                  WHERE s.level_id = i.security_level_id AND s.user_key = ?)
                ORDER BY i.id""", project, browser);
        if (hiddenIssue == null && hiddenProject != null) {
            hiddenIssue = first("""
                    SELECT p.pkey || '-' || i.issue_num FROM issue i JOIN project p ON p.id = i.project_id
                    WHERE p.pkey = ? AND i.raid_type IS NOT NULL ORDER BY i.id""", hiddenProject);
        }
        boolean administers = !sandbox.strings("""
                SELECT 1 FROM sandbox_user u WHERE u.user_key = ? AND (u.is_admin OR u.is_system_admin
                  OR EXISTS (SELECT 1 FROM project p WHERE p.pkey = ? AND p.lead_user_key = u.user_key))""",
                browser, project).isEmpty();
        return new Targets(project, hiddenProject, issue, hiddenIssue, project + "-999999",
                administers && !user.equals(ANONYMOUS));
    }

    boolean isAdministrator(String user) throws SQLException {
        return !user.equals(ANONYMOUS) && !sandbox.strings(
                "SELECT 1 FROM sandbox_user WHERE user_key = ? AND (is_admin OR is_system_admin)", user).isEmpty();
    }

    /** The demo portfolio's intake project, as the PMO lead reads it. */
    String demoIntakeProject() {
        EndpointSpec.Call call = new EndpointSpec.Call(PortfolioGenerator.PMO_LEAD, null, null,
                reads(PortfolioGenerator.PMO_LEAD));
        JsonNode portfolio = call.reads().json(EndpointSpecs.portfolio(call));
        return portfolio == null ? MISSING_PROJECT : portfolio.path("intakeProject").asText(MISSING_PROJECT);
    }

    /**
     * Whether the user requested an intake request of the demo portfolio (with {@code waiting}: one that waits for
     * their answer), read from what the PMO lead's lane answers, not from the user's own.
     */
    boolean requestsIntake(String user, boolean waiting) {
        if (user.equals(ANONYMOUS)) {
            return false;
        }
        EndpointSpec.Call call = new EndpointSpec.Call(PortfolioGenerator.PMO_LEAD, null, null,
                reads(PortfolioGenerator.PMO_LEAD));
        JsonNode lane = call.reads().json(EndpointSpecs.portfolio(call) + "/intake");
        if (lane == null) {
            return false;
        }
        for (JsonNode request : lane.path("requests")) {
            if (request.path("requestedBy").asText().equals(user)
                    && (!waiting || "INFO_REQUESTED".equals(request.path("state").asText()))) {
                return true;
            }
        }
        return false;
    }

    boolean isPmoLead(String user) throws SQLException {
        return !user.equals(ANONYMOUS) && !sandbox.strings("SELECT 1 FROM global_permission_grant WHERE user_key = ?"
                + " AND permission_key = ?", user, PmoLeadAccess.PERMISSION_KEY).isEmpty();
    }

    /** Whether the user may edit issues of the project (the sandbox's "Edit issues" grants). */
    boolean edits(String user, String projectKey) throws SQLException {
        return !user.equals(ANONYMOUS) && !sandbox.strings("SELECT 1 FROM project_edit_permission e JOIN project p"
                + " ON p.id = e.project_id WHERE e.user_key = ? AND p.pkey = ?", user, projectKey).isEmpty();
    }

    private String first(String sql, Object... parameters) throws SQLException {
        return sandbox.strings(sql, parameters).stream().findFirst().orElse(null);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
