package org.pmosuite.sandbox.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.WebResourceModuleHost;
import org.pmosuite.sandbox.host.module.WebResourceModuleHost.WebResourceModule;
import org.pmosuite.sandbox.host.page.PageResources;

/**
 * The web resources pages may require: the plugin's own {@code web-resource} modules, and the platform's: AUI
 * ({@code com.atlassian.auiplugin:ajs}, with jQuery and the almond AMD loader, from npm), AUI's flag, and the web
 * resource manager's context path and i18n modules.
 */
public final class WebResources {

    /** Jira's AUI web resource, the one dependency of every page. */
    public static final String AUI = "com.atlassian.auiplugin:ajs";

    /** Where {@code sandbox-web/} on the classpath is served, below the context path. */
    public static final String STATIC_PATH = "/sandbox/static";

    /** AUI's flags ({@code aui/flag}); the prototyping bundle already holds them. */
    public static final String AUI_FLAG = "com.atlassian.auiplugin:aui-flag";

    /** The web resource manager's {@code AJS.contextPath()} and AMD module {@code wrm/context-path}. */
    public static final String CONTEXT_PATH = "com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path";

    /** The web resource manager's run-time i18n, which Atlassian asks {@code jsI18n} web resources to depend on. */
    public static final String I18N = "com.atlassian.plugins.atlassian-plugins-webresource-plugin:i18n";

    /** The sandbox's host of Jira's dashboard-item API, for its dashboard page. */
    public static final String DASHBOARD_HOST = "org.pmosuite.sandbox:dashboard-host";

    /**
     * What every page loads first, as Jira's superbatch does: jQuery, AUI, then the AMD loader, then the AMD names
     * of jQuery and AUI. The loader comes after AUI, whose UMD wrapper would otherwise register AUI with it and
     * keep {@code AJS} off the window.
     */
    private static final List<String> AUI_FILES = List.of("jquery/jquery.min.js", "aui/aui-prototyping.css",
            "aui/aui-prototyping.js", "almond/almond.js", "wrm/aui-amd.js");

    private final Map<String, Module> modules = new LinkedHashMap<>();

    /**
     * @throws IllegalStateException when a web-resource depends on one that neither the plugin nor the sandbox
     *                               provides
     */
    public WebResources(PluginDescriptor descriptor) {
        modules.put(AUI, new Module(List.of(), AUI_FILES.stream().map(file -> STATIC_PATH + "/" + file).toList()));
        modules.put(AUI_FLAG, new Module(List.of(AUI), List.of()));
        modules.put(CONTEXT_PATH, new Module(List.of(AUI), List.of(STATIC_PATH + "/wrm/context-path.js")));
        modules.put(I18N, new Module(List.of(AUI), List.of()));
        modules.put(DASHBOARD_HOST, new Module(List.of(AUI, CONTEXT_PATH),
                List.of(STATIC_PATH + "/wrm/dashboard-host.js")));
        for (WebResourceModule module : descriptor.modules(WebResourceModuleHost.class)) {
            String completeKey = descriptor.pluginKey() + ":" + module.key();
            List<String> urls = module.resources().stream()
                    .map(resource -> "/download/resources/" + completeKey + "/" + resource.name())
                    .toList();
            modules.put(completeKey, new Module(module.dependencies(), urls));
        }
        modules.forEach((key, module) -> module.dependencies().forEach(dependency -> {
            if (!modules.containsKey(dependency)) {
                throw new IllegalStateException("Web resource " + key + " depends on " + dependency
                        + ", which the sandbox does not provide");
            }
        }));
    }

    public boolean declares(String completeKey) {
        return modules.containsKey(completeKey);
    }

    /** The URLs (below the context path) of the resources, dependencies first, each once, in a stable order. */
    public List<String> urls(List<String> completeKeys) {
        Set<String> visited = new LinkedHashSet<>();
        List<String> urls = new ArrayList<>();
        for (String key : completeKeys) {
            collect(key, visited, new LinkedHashSet<>(), urls);
        }
        return urls;
    }

    /** What a page's head loads for the resources: style sheets, then scripts, each URL with the context path. */
    public PageResources page(String contextPath, List<String> completeKeys) {
        List<String> urls = urls(completeKeys);
        return new PageResources(
                urls.stream().filter(url -> url.endsWith(".css")).map(url -> contextPath + url).toList(),
                urls.stream().filter(url -> url.endsWith(".js")).map(url -> contextPath + url).toList());
    }

    private void collect(String key, Set<String> visited, Set<String> path, List<String> urls) {
        if (visited.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            throw new IllegalStateException("Web resources depend on each other in a cycle: " + path);
        }
        Module module = Optional.ofNullable(modules.get(key))
                .orElseThrow(() -> new IllegalArgumentException("Unknown web resource " + key));
        for (String dependency : module.dependencies()) {
            collect(dependency, visited, path, urls);
        }
        visited.add(key);
        urls.addAll(module.urls());
    }

    private record Module(List<String> dependencies, List<String> urls) {
    }
}
