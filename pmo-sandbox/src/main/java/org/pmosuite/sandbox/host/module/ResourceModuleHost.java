package org.pmosuite.sandbox.host.module;

import java.util.Optional;

/**
 * Plugin-level {@code <resource>} elements: the i18n bundle (a fact the platform's i18n is built from) and
 * downloads served under {@code /download/resources/<pluginKey>/}.
 */
public final class ResourceModuleHost implements ModuleHost<ResourceModuleHost.PluginResource> {

    /** A plugin-level resource, for example {@code type="i18n" location="i18n/pmo"}. */
    public record PluginResource(String type, String name, String location) {
        public boolean isI18n() {
            return "i18n".equals(type);
        }

        public boolean isDownload() {
            return "download".equals(type);
        }
    }

    @Override
    public String type() {
        return "resource";
    }

    @Override
    public PluginResource read(ModuleElement element) {
        return new PluginResource(element.attribute("type"), element.attribute("name"), element.attribute("location"));
    }

    @Override
    public void install(PluginResource resource, HostContext host) {
        if (resource.isDownload()) {
            host.downloads().add(host.descriptor().pluginKey(),
                    new DownloadResources.DownloadResource(resource.name(), resource.location()));
        }
    }

    /** The i18n bundle's location without {@code .properties}, for example {@code i18n/pmo}. */
    public static Optional<String> i18nLocation(PluginDescriptor descriptor) {
        return descriptor.modules(ResourceModuleHost.class).stream().filter(PluginResource::isI18n)
                .map(PluginResource::location).findFirst();
    }
}
