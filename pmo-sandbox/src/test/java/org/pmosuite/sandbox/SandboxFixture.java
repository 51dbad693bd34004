package org.pmosuite.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pmosuite.sandbox.data.PortfolioSize;
import org.pmosuite.sandbox.host.LoginFilter;
import org.pmosuite.sandbox.platform.SandboxWebSudoManager;

/**
 * A demo sandbox started in-process on a free port, with HTTP helpers and the test's own SQL for the expected
 * answers. The SQL is written independently of the sandbox's queries, so that a wrong query is caught.
 */
public final class SandboxFixture implements AutoCloseable {

    private final Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SandboxFixture(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public static SandboxFixture start(Path dataRoot) throws SandboxStartupException {
        return new SandboxFixture(Sandbox.start(options(dataRoot, 0)));
    }

    public static SandboxOptions options(Path dataRoot, int port) {
        return new SandboxOptions("127.0.0.1", port, dataRoot, PortfolioSize.DEMO, SandboxOptions.DEFAULT_SEED);
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** For example {@code http://localhost:1234/jira/rest/...} for {@code rest/...}. */
    public URI uri(String path) {
        return sandbox.baseUri().resolve(path);
    }

    public String origin() {
        return "http://localhost:" + sandbox.port();
    }

    /** GET as a demo user ({@code null} for the default user, {@code anonymous} for nobody). */
    public HttpResponse<String> get(String path, String userKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (userKey != null) {
            request.header("Cookie", LoginFilter.COOKIE + "=" + userKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON write as a demo user, with the header Jira's XSRF check asks of REST clients. */
    public HttpResponse<String> sendJson(String method, String path, String json, String userKey)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", LoginFilter.COOKIE + "=" + userKey)
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Confirms a secure administrator session for the user, as the authenticate page does; its cookie. */
    public String websudoCookie(String userKey) throws IOException, InterruptedException {
        HttpResponse<String> confirmed = send(HttpRequest.newBuilder(uri("secure/admin/WebSudoAuthenticate.jspa"))
                .header("Cookie", LoginFilter.COOKIE + "=" + userKey).header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("webSudoDestination=/jira/")).build());
        String cookie = confirmed.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SandboxWebSudoManager.COOKIE + "=")).findFirst().orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /**
     * Sends a request; a write goes over a connection of its own. The server may close a connection after refusing
     * a write whose body it did not read, and the JDK client retries only idempotent requests on a pooled
     * connection found closed, so a write on a reused connection could fail with no answer at all.
     */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        if (request.method().equals("GET")) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        // A client of its own (released with it; HttpClient is closeable only from Java 21 on).
        HttpClient own = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return own.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The keys of the projects a user may browse, by the test's own reading of the permission tables. */
    public List<String> browsableKeys(String userKey) throws SQLException {
        return strings("""
                SELECT p.pkey FROM project p, sandbox_user u
                WHERE u.user_key = ? AND (u.browses_all
                      OR p.id IN (SELECT g.project_id FROM project_permission g WHERE g.user_key = u.user_key))
                ORDER BY p.pkey""", userKey);
    }

    /**
     * Open, rated RAID entries per {@code "probability:impact"} over the projects the user may browse, leaving out
     * issues under a security level the user is not granted.
     */
    public Map<String, Long> expectedCells(String userKey) throws SQLException {
        return expectedCells(userKey, null);
    }

    /** As {@link #expectedCells(String)}, for one RAID type only ({@code null} for all types). */
    public Map<String, Long> expectedCells(String userKey, String raidType) throws SQLException {
        Map<String, Long> cells = new HashMap<>();
        try (Connection connection = sandbox.database().connection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT probability, impact, COUNT(*) FROM issue
                     WHERE raid_type IS NOT NULL AND status_category IN ('new', 'indeterminate')
                       AND (CAST(? AS VARCHAR) IS NULL OR raid_type = ?)
                       AND probability IS NOT NULL AND impact IS NOT NULL
                       AND project_id IN (SELECT p.id FROM project p, sandbox_user u WHERE u.user_key = ?
                           AND (u.browses_all OR p.id IN
                                (SELECT g.project_id FROM project_permission g WHERE g.user_key = u.user_key)))
                       AND (security_level_id IS NULL OR EXISTS (SELECT 1 FROM issue_security_grant s
                            WHERE s.level_id = issue.security_level_id AND s.user_key = ?))
                     GROUP BY probability, impact""")) {
            statement.setString(1, raidType);
            statement.setString(2, raidType);
            statement.setString(3, userKey);
            statement.setString(4, userKey);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cells.put(rows.getInt(1) + ":" + rows.getInt(2), rows.getLong(3));
                }
            }
        }
        return cells;
    }

    /** Open RAID entries over the user's projects, rated or not, that the user may see. */
    public long expectedTotal(String userKey) throws SQLException {
        return expectedTotal(userKey, null);
    }

    /** As {@link #expectedTotal(String)}, in one project only ({@code null} for all the user's projects). */
    public long expectedTotal(String userKey, String projectKey) throws SQLException {
        try (Connection connection = sandbox.database().connection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT COUNT(*) FROM issue
                     WHERE raid_type IS NOT NULL AND status_category IN ('new', 'indeterminate')
                       AND project_id IN (SELECT p.id FROM project p, sandbox_user u WHERE u.user_key = ?
                           AND (CAST(? AS VARCHAR) IS NULL OR p.pkey = ?)
                           AND (u.browses_all OR p.id IN
                                (SELECT g.project_id FROM project_permission g WHERE g.user_key = u.user_key)))
                       AND (security_level_id IS NULL OR EXISTS (SELECT 1 FROM issue_security_grant s
                            WHERE s.level_id = issue.security_level_id AND s.user_key = ?))""")) {
            statement.setString(1, userKey);
            statement.setString(2, projectKey);
            statement.setString(3, projectKey);
            statement.setString(4, userKey);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = sandbox.database().connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    public List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = sandbox.database().connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
