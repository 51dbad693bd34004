package org.pmosuite.sandbox.host.module;

import java.util.List;

import jakarta.ws.rs.Path;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.pmosuite.sandbox.host.AccessPolicy;
import org.pmosuite.sandbox.host.PluginContext;
import org.pmosuite.sandbox.host.RestAccessFeature;
import org.pmosuite.sandbox.host.WebSudoRestFeature;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * {@code <rest>}: the JAX-RS resources of the module's packages on Jersey, as REST v2 serves them at
 * {@code /rest<path>/<version>}, with every bean of the app's object graph injectable and the access annotations
 * enforced. Each resource is offered on the landing page.
 */
public final class RestModuleHost implements ModuleHost<RestModuleHost.RestModule> {

    public record RestModule(String key, String path, String version, List<String> packages) {
        public RestModule {
            packages = List.copyOf(packages);
        }

        /** The servlet path Jira serves the module at, for example {@code /rest/pmo/1.0}. */
        public String basePath() {
            return "/rest" + (path.startsWith("/") ? path : "/" + path) + "/" + version;
        }
    }

    @Override
    public String type() {
        return "rest";
    }

    @Override
    public RestModule read(ModuleElement element) {
        return new RestModule(element.key(), element.attribute("path"), element.attribute("version"),
                element.texts("package"));
    }

    @Override
    public void install(RestModule module, HostContext host) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("rest-" + module.key());
        config.setClassLoader(host.classLoader());
        config.packages(true, module.packages().toArray(String[]::new));
        config.register(JacksonFeature.class);
        config.register(RestAccessFeature.class);
        config.register(WebSudoRestFeature.class);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(RestAccessFeature.APP_PACKAGES, module.packages());
        config.register(new ServiceBinder(host.plugin(), host.accessPolicy(), host.requestScope()));
        host.addServlet("rest-" + module.key(), new ServletContainer(config), module.basePath() + "/*");
        config.getClasses().stream().filter(type -> type.isAnnotationPresent(Path.class))
                .forEach(type -> host.offers().add(new Offers.Offer(type.getSimpleName() + " (JSON)",
                        module.basePath() + "/" + type.getAnnotation(Path.class).value(),
                        "REST resource from the <rest> module '" + module.key() + "'")));
    }

    /** Binds every service the app may inject, and the host's own collaborators for its REST features. */
    private static final class ServiceBinder extends AbstractBinder {
        private final PluginContext plugin;
        private final AccessPolicy accessPolicy;
        private final RequestScope requestScope;

        ServiceBinder(PluginContext plugin, AccessPolicy accessPolicy, RequestScope requestScope) {
            this.plugin = plugin;
            this.accessPolicy = accessPolicy;
            this.requestScope = requestScope;
        }

        @Override
        protected void configure() {
            plugin.beansByType().forEach(this::bindAs);
            bind(accessPolicy).to(AccessPolicy.class);
            bind(requestScope).to(RequestScope.class);
        }

        private <T> void bindAs(Class<T> type, Object instance) {
            bind(type.cast(instance)).to(type);
        }
    }
}
