package org.pmosuite.sandbox.host;

import java.util.List;
import java.util.Optional;

/**
 * The parts of {@code atlassian-plugin.xml} the sandbox hosts.
 *
 * @param i18nLocation     the i18n bundle's location without {@code .properties}, e.g. {@code i18n/pmo}
 * @param downloads        plugin-level download resources (not in a web-resource)
 * @param velocityAllowlist every {@code <method>} of every {@code velocity-allowlist} module
 */
public record PluginDescriptor(String pluginKey, String name, String i18nLocation, List<RestModule> restModules,
        List<ServletModule> servlets, List<WebResourceModule> webResources, List<DownloadResource> downloads,
        List<String> velocityAllowlist) {

    public PluginDescriptor {
        restModules = List.copyOf(restModules);
        servlets = List.copyOf(servlets);
        webResources = List.copyOf(webResources);
        downloads = List.copyOf(downloads);
        velocityAllowlist = List.copyOf(velocityAllowlist);
    }

    public Optional<WebResourceModule> webResource(String moduleKey) {
        return webResources.stream().filter(module -> module.key().equals(moduleKey)).findFirst();
    }

    /** A {@code <rest>} module: JAX-RS resources under {@code /rest<path>/<version>}. */
    public record RestModule(String key, String path, String version, List<String> packages) {
        public RestModule {
            packages = List.copyOf(packages);
        }

        /** The servlet path Jira serves the module at, e.g. {@code /rest/pmo/1.0}. */
        public String basePath() {
            return "/rest" + (path.startsWith("/") ? path : "/" + path) + "/" + version;
        }
    }

    /** A {@code <servlet>} module, served under {@code /plugins/servlet}. */
    public record ServletModule(String key, String name, String className, List<String> urlPatterns) {
        public ServletModule {
            urlPatterns = List.copyOf(urlPatterns);
        }
    }

    /** A {@code <web-resource>} module. */
    public record WebResourceModule(String key, List<String> dependencies, List<DownloadResource> resources) {
        public WebResourceModule {
            dependencies = List.copyOf(dependencies);
            resources = List.copyOf(resources);
        }
    }

    /** A {@code <resource type="download">}: served under {@code name}, read from the classpath at {@code location}. */
    public record DownloadResource(String name, String location) {
        public boolean isDirectory() {
            return name.endsWith("/");
        }
    }
}
