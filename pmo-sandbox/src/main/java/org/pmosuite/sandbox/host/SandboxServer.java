package org.pmosuite.sandbox.host;

import java.net.BindException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;
import org.pmosuite.sandbox.data.DashboardPreferences;
import org.pmosuite.sandbox.data.JdbcIssues;
import org.pmosuite.sandbox.data.JdbcUserDirectory;
import org.pmosuite.sandbox.host.module.HostContext;
import org.pmosuite.sandbox.host.module.Offers;
import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.host.module.ResourceModuleHost;
import org.pmosuite.sandbox.platform.JsI18nTransformer;
import org.pmosuite.sandbox.platform.PropertiesI18nResolver;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * Jetty with the URL layout of {@code atlas-run}: context path {@code /jira}, the plugin's REST modules under
 * {@code /rest}, its servlets under {@code /plugins/servlet}, its download resources under
 * {@code /download/resources}, and the sandbox's own pages. Each module type is installed by its
 * {@link org.pmosuite.sandbox.host.module.ModuleHost}.
 */
public final class SandboxServer {

    public static final String CONTEXT_PATH = "/jira";
    public static final String DOWNLOAD_PATH = "/download/resources";

    /** The collaborators the host wires into Jetty; the module hosts take theirs from the {@link HostContext}. */
    public record Wiring(PluginDescriptor descriptor, PluginContext plugin, JdbcUserDirectory users,
            RequestScope requestScope, AccessPolicy accessPolicy, SandboxLayout layout, SandboxTemplates templates,
            ClassLoader classLoader, String defaultUserKey, DashboardPreferences dashboardPreferences,
            JdbcIssues issues) {
    }

    private final Server server;
    private final ServerConnector connector;

    /**
     * Installs the sandbox's own filters, then every module of the descriptor through its module host, then the
     * sandbox's own pages.
     *
     * @param pages builds the sandbox's own pages from what the app offers
     */
    public SandboxServer(String host, int port, Wiring wiring, Function<List<Offers.Offer>, HttpServlet> pages) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath(CONTEXT_PATH);
        HostContext hostContext = new HostContext(context, wiring.descriptor(), wiring.plugin(), wiring.classLoader(),
                wiring.requestScope(), wiring.accessPolicy(), wiring.templates());
        hostContext.addFilter(new UnreadBodyFilter(), "/*");
        hostContext.addFilter(new LoginFilter(wiring.users(), wiring.requestScope(), wiring.defaultUserKey()), "/*");
        hostContext.addFilter(new XsrfFilter(), "/rest/*", SwitchUserServlet.PATH);
        hostContext.addFilter(new PageDecoratorFilter(wiring.layout(), wiring.requestScope(), wiring.users()), "/*");

        wiring.descriptor().install(hostContext);

        DownloadTransforms transforms = new DownloadTransforms(wiring.descriptor(), new JsI18nTransformer(
                PropertiesI18nResolver.load(wiring.classLoader(),
                        ResourceModuleHost.i18nLocation(wiring.descriptor()).orElseThrow())));
        hostContext.addServlet("downloads", new ClasspathFileServlet(wiring.classLoader(),
                hostContext.downloads()::location, transforms::forPath), DOWNLOAD_PATH + "/*");
        hostContext.addServlet("static", new ClasspathFileServlet(wiring.classLoader(),
                path -> Optional.of("sandbox-web/" + path)), WebResources.STATIC_PATH + "/*");
        hostContext.addServlet("switch-user", new SwitchUserServlet(wiring.users()), SwitchUserServlet.PATH);
        WebSudoAuthenticateServlet.mount(context, wiring.plugin(), wiring.requestScope());
        DashboardServlet.mount(context, wiring.descriptor(), wiring.plugin(), wiring.dashboardPreferences(),
                wiring.requestScope(), wiring.templates());
        hostContext.addServlet("issue-view", new IssueServlet(wiring.issues(), hostContext.webPanels(),
                wiring.plugin().bean(I18nResolver.class), wiring.requestScope(), wiring.templates()), IssueServlet.PATH);
        hostContext.addServlet("sandbox-pages", pages.apply(hostContext.offers().all()), "", "/sandbox", LoginPage.PATH);

        server.setHandler(new ContextHandlerCollection(context, new ContextHandler(new RootRedirect(), "/")));
    }

    /**
     * @throws PortInUseException when another process listens on the port
     * @throws Exception          when Jetty fails to start otherwise
     */
    public void start() throws Exception {
        try {
            server.start();
        } catch (Exception e) {
            stop();
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException) {
                    throw new PortInUseException(connector.getPort(), e);
                }
            }
            throw e;
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        }
    }

    /** Another process already listens on the port the sandbox was asked to use. */
    public static final class PortInUseException extends Exception {
        private static final long serialVersionUID = 1L;

        PortInUseException(int port, Throwable cause) {
            super("Port " + port + " is already in use", cause);
        }
    }

    /** {@code /} sends people to the sandbox's landing page, as Jira's root sends them to the dashboard. */
    private static final class RootRedirect extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Response.sendRedirect(request, response, callback, CONTEXT_PATH + "/");
            return true;
        }
    }
}
