package org.pmosuite.sandbox.host;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parts of {@code atlassian-plugin.xml} the sandbox hosts.
 *
 * @param i18nLocation     the i18n bundle's location without {@code .properties}, e.g. {@code i18n/pmo}
 * @param downloads        plugin-level download resources (not in a web-resource)
 * @param velocityAllowlist every {@code <method>} of every {@code velocity-allowlist} module
 * @param webItems         every {@code web-item} module, in descriptor order
 * @param webSections      every {@code web-section} module, in descriptor order
 */
public record PluginDescriptor(String pluginKey, String name, String i18nLocation, List<RestModule> restModules,
        List<ServletModule> servlets, List<WebResourceModule> webResources, List<DownloadResource> downloads,
        List<String> velocityAllowlist, List<WebItemModule> webItems, List<WebSectionModule> webSections) {

    /** Jira's weight for a web fragment that names none. */
    public static final int DEFAULT_WEIGHT = 1000;

    public PluginDescriptor {
        restModules = List.copyOf(restModules);
        servlets = List.copyOf(servlets);
        webResources = List.copyOf(webResources);
        downloads = List.copyOf(downloads);
        velocityAllowlist = List.copyOf(velocityAllowlist);
        webItems = List.copyOf(webItems);
        webSections = List.copyOf(webSections);
    }

    /** The web-items in a section (e.g. {@code system.top.navigation.bar}), lightest first, as Jira orders them. */
    public List<WebItemModule> webItems(String section) {
        return webItems.stream().filter(item -> item.section().equals(section))
                .sorted(Comparator.comparingInt(WebItemModule::weight)).toList();
    }

    /** The web-sections at a location (for a menu, its trigger's linkId), lightest first. */
    public List<WebSectionModule> webSections(String location) {
        return webSections.stream().filter(section -> section.location().equals(location))
                .sorted(Comparator.comparingInt(WebSectionModule::weight)).toList();
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

    /**
     * A {@code <web-resource>} module.
     *
     * @param transformations the keys of the transformers of its {@code <transformation extension>} elements, by
     *                        extension (e.g. {@code js -> [jsI18n]}), in descriptor order
     */
    public record WebResourceModule(String key, List<String> dependencies, List<DownloadResource> resources,
            Map<String, List<String>> transformations) {
        public WebResourceModule {
            dependencies = List.copyOf(dependencies);
            resources = List.copyOf(resources);
            transformations = transformations.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        }

        public WebResourceModule(String key, List<String> dependencies, List<DownloadResource> resources) {
            this(key, dependencies, resources, Map.of());
        }

        /** Whether files of the resource named {@code name} go through the transformer {@code transformerKey}. */
        public boolean transforms(String name, String transformerKey) {
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return transformations.getOrDefault(extension, List.of()).contains(transformerKey);
        }
    }

    /** A {@code <resource type="download">}: served under {@code name}, read from the classpath at {@code location}. */
    public record DownloadResource(String name, String location) {
        public boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    /**
     * A {@code <web-item>}: a link Jira places in a section.
     *
     * @param labelKey the i18n key of its {@code <label>}, or empty
     * @param linkId   the {@code linkId} of its {@code <link>} (the id of the rendered link), or empty
     * @param link     the {@code <link>} text, a path below the context path that may hold Velocity variables such
     *                 as {@code $pathEncodedProjectKey}
     * @param params   its {@code <param name value>} elements
     */
    public record WebItemModule(String key, String section, int weight, String labelKey, String linkId, String link,
            Map<String, String> params) {
        public WebItemModule {
            params = Map.copyOf(params);
        }

        /** Whether the link needs a context (such as a project) that Jira fills in through Velocity. */
        public boolean hasVariables() {
            return link.contains("$");
        }
    }

    /** A {@code <web-section>}: a group of web-items at a location, e.g. inside the menu of a top-level item. */
    public record WebSectionModule(String key, String location, int weight, String labelKey) {
    }
}
