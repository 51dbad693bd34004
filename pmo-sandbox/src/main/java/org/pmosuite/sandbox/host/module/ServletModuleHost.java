package org.pmosuite.sandbox.host.module;

import java.util.List;

import jakarta.servlet.http.HttpServlet;
import org.pmosuite.sandbox.host.ServletAccessFilter;

/**
 * {@code <servlet>}: the app's servlet, created from the app's object graph, served under
 * {@code /plugins/servlet} behind its access annotations, and offered on the landing page.
 */
public final class ServletModuleHost implements ModuleHost<ServletModuleHost.ServletModule> {

    /** Where Jira serves servlet modules, below the context path. */
    public static final String SERVLET_PATH = "/plugins/servlet";

    public record ServletModule(String key, String name, String className, List<String> urlPatterns) {
        public ServletModule {
            urlPatterns = List.copyOf(urlPatterns);
        }
    }

    @Override
    public String type() {
        return "servlet";
    }

    @Override
    public ServletModule read(ModuleElement element) {
        return new ServletModule(element.key(), element.attribute("name"), element.attribute("class"),
                element.texts("url-pattern"));
    }

    @Override
    public void install(ServletModule module, HostContext host) {
        Class<? extends HttpServlet> type = host.moduleClass("<servlet key=\"" + module.key() + "\">",
                module.className(), HttpServlet.class);
        String[] paths = module.urlPatterns().stream().map(pattern -> SERVLET_PATH + pattern).toArray(String[]::new);
        host.addFilter(new ServletAccessFilter(type, host.accessPolicy(), host.requestScope(),
                host.templates()), paths);
        host.addServlet(module.key(), host.plugin().create(type), paths);
        for (String path : paths) {
            host.offers().add(new Offers.Offer(module.name(), path,
                    type.getSimpleName() + " from the <servlet> module '" + module.key() + "'"));
        }
    }
}
