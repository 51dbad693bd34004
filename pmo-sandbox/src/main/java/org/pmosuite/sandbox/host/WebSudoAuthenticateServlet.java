package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.pmosuite.sandbox.data.SandboxUser;
import org.pmosuite.sandbox.platform.RequestScope;
import org.pmosuite.sandbox.platform.SandboxWebSudoManager;

/**
 * Jira's websudo pages for the sandbox.
 * <ul>
 * <li>{@code GET /secure/admin/WebSudoAuthenticate.jspa?webSudoDestination=...}: "Administrator access: confirm that
 * you want to continue as ..." with Confirm and Cancel (anonymous users are sent to log in first).</li>
 * <li>{@code POST} to the same path: starts a websudo session and goes to {@code webSudoDestination}, which must be
 * a path inside the context path; anything else (an absolute URL, {@code //host}, {@code javascript:}) goes to the
 * home page instead.</li>
 * <li>{@code POST /sandbox/websudo/drop} (the "Drop access" button) and {@code DELETE /rest/auth/1/websudo}
 * (Jira's REST resource for it, answering 204): end the session.</li>
 * </ul>
 * Writes pass the XSRF filter like the sandbox's other writes.
 */
public final class WebSudoAuthenticateServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String PATH = SandboxWebSudoManager.AUTHENTICATE_PATH;
    public static final String DROP_PATH = "/sandbox/websudo/drop";
    /** Jira's {@code DELETE /rest/auth/1/websudo}: "Invalidate the current WebSudo session". */
    public static final String REST_PATH = "/rest/auth/1/websudo";
    static final String TEMPLATE = "sandbox-templates/websudo/authenticate.vm";

    private final transient SandboxWebSudoManager webSudo;
    private final transient TemplateRenderer renderer;
    private final transient RequestScope requestScope;

    public WebSudoAuthenticateServlet(SandboxWebSudoManager webSudo, TemplateRenderer renderer,
            RequestScope requestScope) {
        this.webSudo = webSudo;
        this.renderer = renderer;
        this.requestScope = requestScope;
    }

    /** Mounts the pages, with the XSRF check on their writes, taking the manager and renderer from the graph. */
    public static void mount(ServletContextHandler context, PluginContext services, RequestScope requestScope) {
        mount(context, (SandboxWebSudoManager) services.bean(WebSudoManager.class),
                services.bean(TemplateRenderer.class), requestScope);
    }

    public static void mount(ServletContextHandler context, SandboxWebSudoManager webSudo, TemplateRenderer renderer,
            RequestScope requestScope) {
        FilterHolder xsrf = new FilterHolder(new XsrfFilter());
        ServletHolder holder = new ServletHolder("websudo", new WebSudoAuthenticateServlet(webSudo, renderer,
                requestScope));
        for (String path : new String[] {PATH, DROP_PATH, REST_PATH}) {
            context.addFilter(xsrf, path, EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(holder, path);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!PATH.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String context = request.getContextPath();
        String destination = safeDestination(context, request.getParameter(SandboxWebSudoManager.DESTINATION));
        Optional<SandboxUser> user = requestScope.user();
        if (user.isEmpty()) {
            redirect(response, HttpServletResponse.SC_FOUND, loginFirst(context, destination));
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("displayName", user.get().displayName());
        model.put("action", context + PATH);
        model.put("dropAction", context + DROP_PATH);
        model.put("destinationName", SandboxWebSudoManager.DESTINATION);
        model.put("destination", destination);
        model.put("cancel", context + "/");
        model.put("active", webSudo.canExecuteRequest(request));
        StringWriter page = new StringWriter();
        renderer.render(TEMPLATE, model, page);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page.toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        String destination = safeDestination(context, request.getParameter(SandboxWebSudoManager.DESTINATION));
        if (DROP_PATH.equals(request.getServletPath())) {
            response.addCookie(webSudo.drop(request));
            redirect(response, HttpServletResponse.SC_SEE_OTHER, destination);
            return;
        }
        if (!PATH.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Optional<SandboxUser> user = requestScope.user();
        if (user.isEmpty()) {
            redirect(response, HttpServletResponse.SC_SEE_OTHER, loginFirst(context, destination));
            return;
        }
        response.addCookie(webSudo.grant(user.get(), context));
        redirect(response, HttpServletResponse.SC_SEE_OTHER, destination);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!REST_PATH.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.addCookie(webSudo.drop(request));
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /**
     * A path inside this sandbox, else the home page: the rule of the user switcher, and no characters outside
     * printable ASCII (nothing a browser might strip or reinterpret on its way to the Location header).
     */
    static String safeDestination(String contextPath, String destination) {
        if (destination == null || destination.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return contextPath + "/";
        }
        return SwitchUserServlet.safeDestination(contextPath, destination);
    }

    /** The log-in page, returning to this page with the same destination. */
    private static String loginFirst(String context, String destination) {
        String back = context + PATH + "?" + SandboxWebSudoManager.DESTINATION + "="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8);
        return context + LoginPage.PATH + "?" + LoginPage.DESTINATION + "="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpServletResponse response, int status, String location) {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Location", location);
    }
}
