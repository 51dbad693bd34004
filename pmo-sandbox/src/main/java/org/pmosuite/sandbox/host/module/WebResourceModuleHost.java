package org.pmosuite.sandbox.host.module;

import java.util.List;
import java.util.Optional;

import org.pmosuite.sandbox.host.module.DownloadResources.DownloadResource;

/**
 * {@code <web-resource>}: its files are served under {@code /download/resources/<pluginKey>:<key>/}; the modules
 * are also the facts the page builder and the layout resolve required resources from.
 */
public final class WebResourceModuleHost implements ModuleHost<WebResourceModuleHost.WebResourceModule> {

    /** A web-resource: the complete keys it depends on, and its download resources. */
    public record WebResourceModule(String key, List<String> dependencies, List<DownloadResource> resources) {
        public WebResourceModule {
            dependencies = List.copyOf(dependencies);
            resources = List.copyOf(resources);
        }
    }

    @Override
    public String type() {
        return "web-resource";
    }

    @Override
    public WebResourceModule read(ModuleElement element) {
        return new WebResourceModule(element.key(), element.texts("dependency"), element.children("resource").stream()
                .filter(resource -> "download".equals(resource.attribute("type")))
                .map(resource -> new DownloadResource(resource.attribute("name"), resource.attribute("location")))
                .toList());
    }

    @Override
    public void install(WebResourceModule module, HostContext host) {
        String owner = host.descriptor().pluginKey() + ":" + module.key();
        module.resources().forEach(resource -> host.downloads().add(owner, resource));
    }

    public static Optional<WebResourceModule> find(PluginDescriptor descriptor, String moduleKey) {
        return descriptor.modules(WebResourceModuleHost.class).stream()
                .filter(module -> module.key().equals(moduleKey)).findFirst();
    }
}
