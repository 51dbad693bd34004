package org.pmosuite.sandbox.host;

import java.net.BindException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.Path;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.pmosuite.sandbox.data.JdbcUserDirectory;
import org.pmosuite.sandbox.platform.JsI18nTransformer;
import org.pmosuite.sandbox.platform.PropertiesI18nResolver;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * Jetty with the URL layout of {@code atlas-run}: context path {@code /jira}, the plugin's REST modules under
 * {@code /rest}, its servlets under {@code /plugins/servlet}, its download resources under
 * {@code /download/resources}, and the sandbox's own pages.
 */
public final class SandboxServer {

    public static final String CONTEXT_PATH = "/jira";
    public static final String SERVLET_PATH = "/plugins/servlet";
    public static final String DOWNLOAD_PATH = "/download/resources";

    /** The collaborators the host wires into Jetty and Jersey. */
    public record Wiring(PluginDescriptor descriptor, PluginContext services, JdbcUserDirectory users,
            RequestScope requestScope, AccessPolicy accessPolicy, SandboxLayout layout, ClassLoader classLoader,
            String defaultUserKey) {
    }

    private final Server server;
    private final ServerConnector connector;
    private final List<SandboxPagesServlet.Offer> offers = new ArrayList<>();

    /**
     * @param pages builds the sandbox's own pages from what the app offers
     */
    public SandboxServer(String host, int port, Wiring wiring,
            java.util.function.Function<List<SandboxPagesServlet.Offer>, SandboxPagesServlet> pages) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath(CONTEXT_PATH);
        filter(context, new LoginFilter(wiring.users(), wiring.requestScope(), wiring.defaultUserKey()), "/*");
        filter(context, new XsrfFilter(), "/rest/*", SwitchUserServlet.PATH);
        filter(context, new PageDecoratorFilter(wiring.layout(), wiring.requestScope(), wiring.users()), "/*");

        for (PluginDescriptor.RestModule module : wiring.descriptor().restModules()) {
            ResourceConfig config = resourceConfig(module, wiring);
            context.addServlet(new ServletHolder("rest-" + module.key(), new ServletContainer(config)),
                    module.basePath() + "/*");
            config.getClasses().stream().filter(type -> type.isAnnotationPresent(Path.class))
                    .forEach(type -> offers.add(new SandboxPagesServlet.Offer(type.getSimpleName() + " (JSON)",
                            module.basePath() + "/" + type.getAnnotation(Path.class).value(),
                            "REST resource from the <rest> module '" + module.key() + "'")));
        }
        for (PluginDescriptor.ServletModule module : wiring.descriptor().servlets()) {
            Class<? extends HttpServlet> type = servletClass(module, wiring.classLoader());
            ServletHolder holder = new ServletHolder(module.key(), wiring.services().create(type));
            for (String pattern : module.urlPatterns()) {
                filter(context, new ServletAccessFilter(type, wiring.accessPolicy(), wiring.requestScope()),
                        SERVLET_PATH + pattern);
                context.addServlet(holder, SERVLET_PATH + pattern);
                offers.add(0, new SandboxPagesServlet.Offer(module.name(), SERVLET_PATH + pattern,
                        type.getSimpleName() + " from the <servlet> module '" + module.key() + "'"));
            }
        }
        DownloadTransforms transforms = new DownloadTransforms(wiring.descriptor(), new JsI18nTransformer(
                PropertiesI18nResolver.load(wiring.classLoader(), wiring.descriptor().i18nLocation())));
        context.addServlet(new ServletHolder("downloads", new ClasspathFileServlet(wiring.classLoader(),
                path -> downloadLocation(wiring.descriptor(), path), transforms::forPath)), DOWNLOAD_PATH + "/*");
        context.addServlet(new ServletHolder("static", new ClasspathFileServlet(wiring.classLoader(),
                path -> Optional.of("sandbox-web/" + path))), WebResources.STATIC_PATH + "/*");
        context.addServlet(new ServletHolder("switch-user", new SwitchUserServlet(wiring.users())),
                SwitchUserServlet.PATH);
        ServletHolder pagesHolder = new ServletHolder("sandbox-pages", pages.apply(List.copyOf(offers)));
        context.addServlet(pagesHolder, "");
        context.addServlet(pagesHolder, "/sandbox");
        context.addServlet(pagesHolder, SandboxPagesServlet.LOGIN_PATH);

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

    private static ResourceConfig resourceConfig(PluginDescriptor.RestModule module, Wiring wiring) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("rest-" + module.key());
        config.setClassLoader(wiring.classLoader());
        config.packages(true, module.packages().toArray(String[]::new));
        config.register(JacksonFeature.class);
        config.register(RestAccessFeature.class);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(RestAccessFeature.APP_PACKAGES, module.packages());
        config.register(new ServiceBinder(wiring));
        return config;
    }

    private static Class<? extends HttpServlet> servletClass(PluginDescriptor.ServletModule module,
            ClassLoader classLoader) {
        try {
            return Class.forName(module.className(), true, classLoader).asSubclass(HttpServlet.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("Servlet module '" + module.key() + "' names " + module.className()
                    + ", which is not an HttpServlet on the classpath", e);
        }
    }

    /**
     * {@code <pluginKey>:<webResourceKey>/<name>} for a web-resource's file, {@code <pluginKey>/<name>} for a
     * plugin-level download (a name ending in {@code /} serves a folder).
     */
    static Optional<String> downloadLocation(PluginDescriptor descriptor, String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String owner = path.substring(0, slash);
        String name = path.substring(slash + 1);
        if (owner.equals(descriptor.pluginKey())) {
            return descriptor.downloads().stream()
                    .filter(download -> download.isDirectory() ? name.startsWith(download.name())
                            : name.equals(download.name()))
                    .findFirst()
                    .map(download -> download.isDirectory()
                            ? download.location() + name.substring(download.name().length())
                            : download.location());
        }
        String prefix = descriptor.pluginKey() + ":";
        if (!owner.startsWith(prefix)) {
            return Optional.empty();
        }
        return descriptor.webResource(owner.substring(prefix.length()))
                .flatMap(module -> module.resources().stream().filter(resource -> resource.name().equals(name))
                        .findFirst())
                .map(PluginDescriptor.DownloadResource::location);
    }

    private static void filter(ServletContextHandler context, Filter filter, String... paths) {
        FilterHolder holder = new FilterHolder(filter);
        for (String path : paths) {
            context.addFilter(holder, path, EnumSet.of(DispatcherType.REQUEST));
        }
    }

    /** Binds every service the app may inject, and the host's own collaborators for its REST features. */
    private static final class ServiceBinder extends AbstractBinder {
        private final Wiring wiring;

        ServiceBinder(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        protected void configure() {
            wiring.services().beansByType().forEach(this::bindAs);
            bind(wiring.accessPolicy()).to(AccessPolicy.class);
            bind(wiring.requestScope()).to(RequestScope.class);
        }

        private <T> void bindAs(Class<T> type, Object instance) {
            bind(type.cast(instance)).to(type);
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
