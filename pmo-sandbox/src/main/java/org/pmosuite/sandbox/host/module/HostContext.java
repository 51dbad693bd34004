package org.pmosuite.sandbox.host.module;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.pmosuite.sandbox.host.AccessPolicy;
import org.pmosuite.sandbox.host.PluginContext;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * What a module host installs into (phase two): the Jetty context at {@code /jira}, the app's object graph to
 * create module classes from, the descriptor's facts, the host's own collaborators and page templates, and the
 * registries other parts of the sandbox serve from (the landing page's offers, the download resources).
 */
public final class HostContext {

    private final ServletContextHandler jetty;
    private final PluginDescriptor descriptor;
    private final PluginContext plugin;
    private final ClassLoader classLoader;
    private final RequestScope requestScope;
    private final AccessPolicy accessPolicy;
    private final SandboxTemplates templates;
    private final Offers offers = new Offers();
    private final DownloadResources downloads = new DownloadResources();
    private final WebPanels webPanels = new WebPanels();

    public HostContext(ServletContextHandler jetty, PluginDescriptor descriptor, PluginContext plugin,
            ClassLoader classLoader, RequestScope requestScope, AccessPolicy accessPolicy, SandboxTemplates templates) {
        this.jetty = jetty;
        this.descriptor = descriptor;
        this.plugin = plugin;
        this.classLoader = classLoader;
        this.requestScope = requestScope;
        this.accessPolicy = accessPolicy;
        this.templates = templates;
    }

    /** Serves a servlet at paths below the context path, for example {@code /rest/pmo/1.0/*}. */
    public void addServlet(String name, Servlet servlet, String... paths) {
        ServletHolder holder = new ServletHolder(name, servlet);
        for (String path : paths) {
            jetty.addServlet(holder, path);
        }
    }

    /** Puts a filter in front of paths below the context path, after the filters installed before it. */
    public void addFilter(Filter filter, String... paths) {
        FilterHolder holder = new FilterHolder(filter);
        for (String path : paths) {
            jetty.addFilter(holder, path, EnumSet.of(DispatcherType.REQUEST));
        }
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** The app's object graph: servlets, resources and module classes are created from it. */
    public PluginContext plugin() {
        return plugin;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    public RequestScope requestScope() {
        return requestScope;
    }

    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    /** The sandbox's own page templates, for pages a host answers with itself (such as a refusal). */
    public SandboxTemplates templates() {
        return templates;
    }

    /** What the sandbox's landing page lists. */
    public Offers offers() {
        return offers;
    }

    /** What {@code /download/resources} serves. */
    public DownloadResources downloads() {
        return downloads;
    }

    /** The web panels installed, for the pages that show their locations. */
    public WebPanels webPanels() {
        return webPanels;
    }

    /**
     * Loads a class a module names, such as a servlet's {@code class} attribute.
     *
     * @param module the module, for the message, for example {@code <servlet key="x">}
     * @throws IllegalStateException when it is not on the classpath or not a {@code type}
     */
    public <T> Class<? extends T> moduleClass(String module, String className, Class<T> type) {
        try {
            return Class.forName(className, true, classLoader).asSubclass(type);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException(module + " names " + className + ", which is not a "
                    + type.getSimpleName() + " on the classpath", e);
        }
    }
}
