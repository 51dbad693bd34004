package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.pmosuite.sandbox.data.DashboardPreferences;
import org.pmosuite.sandbox.data.SandboxUser;
import org.pmosuite.sandbox.host.module.DashboardItemModuleHost;
import org.pmosuite.sandbox.host.module.DashboardItemModuleHost.DashboardItem;
import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.WebResourceModuleHost;
import org.pmosuite.sandbox.host.page.DashboardView;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * Jira's dashboard, as far as the app's dashboard items need it: {@code /secure/Dashboard.jspa} shows every item the
 * descriptor declares once, with the web-resources of the {@code atl.dashboard} context, and the sandbox's script
 * ({@code sandbox-web/wrm/dashboard-host.js}) creates each item's AMD module with Jira's dashboard-item API. Each
 * user's item preferences are kept at {@code /sandbox/dashboard/preferences}: {@code GET} gives them all, {@code PUT
 * ?item=ID} with a JSON object of strings saves one item's (XSRF-checked like every sandbox write).
 */
public final class DashboardServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String PREFERENCES_PATH = "/sandbox/dashboard/preferences";
    private static final int MAX_PREFERENCES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient List<DashboardItem> items;
    private final transient List<String> dashboardResources;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient DashboardPreferences preferences;
    private final transient RequestScope requestScope;
    private final transient SandboxTemplates templates;

    private DashboardServlet(PluginDescriptor descriptor, PageBuilderService pageBuilder, I18nResolver i18n,
            DashboardPreferences preferences, RequestScope requestScope, SandboxTemplates templates) {
        this.items = DashboardItemModuleHost.items(descriptor);
        this.dashboardResources = WebResourceModuleHost.inContext(descriptor, DashboardItemModuleHost.CONTEXT);
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.preferences = preferences;
        this.requestScope = requestScope;
        this.templates = templates;
    }

    /** Serves the dashboard and the preferences, the latter behind the XSRF check. */
    public static void mount(ServletContextHandler context, PluginDescriptor descriptor, PluginContext plugin,
            DashboardPreferences preferences, RequestScope requestScope, SandboxTemplates templates) {
        ServletHolder holder = new ServletHolder("dashboard", new DashboardServlet(descriptor,
                plugin.bean(PageBuilderService.class), plugin.bean(I18nResolver.class), preferences, requestScope,
                templates));
        context.addFilter(new FilterHolder(new XsrfFilter()), PREFERENCES_PATH, EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(holder, DashboardItemModuleHost.DASHBOARD_PATH);
        context.addServlet(holder, PREFERENCES_PATH);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUser> user = requestScope.user();
        boolean preferencesCall = PREFERENCES_PATH.equals(request.getServletPath());
        if (user.isEmpty()) {
            if (preferencesCall) {
                JiraErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, AccessPolicy.NOT_AUTHENTICATED);
            } else {
                response.sendRedirect(LoginPage.uriFor(request));
            }
            return;
        }
        if (preferencesCall) {
            Map<String, Object> all = new LinkedHashMap<>();
            preferences.forUser(user.get().key()).forEach((item, json) -> all.put(item, readJson(json)));
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            JSON.writeValue(response.getWriter(), all);
            return;
        }
        dashboardResources.forEach(key -> pageBuilder.assembler().resources().requireWebResource(key));
        pageBuilder.assembler().resources().requireWebResource(WebResources.DASHBOARD_HOST);
        List<DashboardView.Item> shown = items.stream().map(item -> new DashboardView.Item(item.key(),
                i18n.getText(item.titleKey()), item.descriptionKey().isEmpty() ? "" : i18n.getText(item.descriptionKey()),
                item.amdModule(), item.configurable())).toList();
        DashboardView view = new DashboardView(user.get().displayName(), true,
                request.getContextPath() + PREFERENCES_PATH, shown);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(templates.render("dashboard.vm", Map.of("dashboard", view)));
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUser> user = requestScope.user();
        if (!PREFERENCES_PATH.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (user.isEmpty()) {
            JiraErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, AccessPolicy.NOT_AUTHENTICATED);
            return;
        }
        String item = request.getParameter("item");
        if (item == null || items.stream().noneMatch(known -> known.key().equals(item))) {
            JiraErrors.send(response, HttpServletResponse.SC_NOT_FOUND, "No dashboard item '" + item + "' here.");
            return;
        }
        String body = new String(request.getInputStream().readNBytes(MAX_PREFERENCES + 1),
                StandardCharsets.UTF_8);
        Map<String, String> saved;
        try {
            saved = body.length() > MAX_PREFERENCES ? null : JSON.readValue(body, new TypeReference<>() { });
        } catch (IOException notStrings) {
            saved = null;
        }
        if (saved == null) {
            JiraErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, "Send the preferences as one JSON object "
                    + "of strings, at most " + MAX_PREFERENCES + " characters.");
            return;
        }
        preferences.save(user.get().key(), item, JSON.writeValueAsString(saved));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static Object readJson(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("Stored dashboard preferences are not JSON", e);
        }
    }
}
