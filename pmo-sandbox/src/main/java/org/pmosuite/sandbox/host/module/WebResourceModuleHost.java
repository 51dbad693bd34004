package org.pmosuite.sandbox.host.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.pmosuite.sandbox.host.module.DownloadResources.DownloadResource;

/**
 * {@code <web-resource>}: its files are served under {@code /download/resources/<pluginKey>:<key>/}; the modules
 * are also the facts the page builder and the layout resolve required resources from.
 */
public final class WebResourceModuleHost implements ModuleHost<WebResourceModuleHost.WebResourceModule> {

    /**
     * A web-resource: the complete keys it depends on, and its download resources.
     *
     * @param transformations the keys of the transformers of its {@code <transformation extension>} elements, by
     *                        extension (e.g. {@code js -> [jsI18n]}), in descriptor order
     * @param contexts        its {@code <context>}s, the pages that load it without asking, e.g. {@code atl.dashboard}
     */
    public record WebResourceModule(String key, List<String> dependencies, List<DownloadResource> resources,
            Map<String, List<String>> transformations, List<String> contexts) {
        public WebResourceModule {
            dependencies = List.copyOf(dependencies);
            resources = List.copyOf(resources);
            contexts = List.copyOf(contexts);
            transformations = transformations.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        }

        /** Whether files of the resource named {@code name} go through the transformer {@code transformerKey}. */
        public boolean transforms(String name, String transformerKey) {
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return transformations.getOrDefault(extension, List.of()).contains(transformerKey);
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
                .toList(), transformations(element), element.texts("context"));
    }

    /** {@code <transformation extension="js"><transformer key="jsI18n"/></transformation>}: extension to keys. */
    private static Map<String, List<String>> transformations(ModuleElement webResource) {
        Map<String, List<String>> byExtension = new LinkedHashMap<>();
        for (ModuleElement transformation : webResource.children("transformation")) {
            List<String> keys = byExtension.computeIfAbsent(transformation.attribute("extension"),
                    extension -> new ArrayList<>());
            transformation.children("transformer").forEach(transformer -> keys.add(transformer.attribute("key")));
        }
        return byExtension;
    }

    @Override
    public void install(WebResourceModule module, HostContext host) {
        String owner = host.descriptor().pluginKey() + ":" + module.key();
        module.resources().forEach(resource -> host.downloads().add(owner, resource));
    }

    /** The complete keys of the web-resources in a context, in descriptor order. */
    public static List<String> inContext(PluginDescriptor descriptor, String context) {
        return descriptor.modules(WebResourceModuleHost.class).stream()
                .filter(module -> module.contexts().contains(context))
                .map(module -> descriptor.pluginKey() + ":" + module.key()).toList();
    }

    public static Optional<WebResourceModule> find(PluginDescriptor descriptor, String moduleKey) {
        return descriptor.modules(WebResourceModuleHost.class).stream()
                .filter(module -> module.key().equals(moduleKey)).findFirst();
    }
}
