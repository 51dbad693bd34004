package org.pmosuite.sandbox.host;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.WebResourceModuleHost;
import org.pmosuite.sandbox.platform.JsI18nTransformer;

/**
 * The transformers a download passes through, as its web-resource declares them: a file of
 * {@code <pluginKey>:<webResourceKey>/<name>} whose web-resource has {@code <transformation extension>} with
 * {@code jsI18n} for the file's extension is translated; every other download is served as it is.
 */
public final class DownloadTransforms {

    private final PluginDescriptor descriptor;
    private final JsI18nTransformer jsI18n;

    public DownloadTransforms(PluginDescriptor descriptor, JsI18nTransformer jsI18n) {
        this.descriptor = descriptor;
        this.jsI18n = jsI18n;
    }

    /**
     * @param path the download's path below {@code /download/resources/}, e.g.
     *             {@code org.pmosuite.pmo-jira-plugin:raid-heatmap/heatmap-page.js}
     */
    public Optional<UnaryOperator<String>> forPath(String path) {
        int slash = path.indexOf('/');
        String prefix = descriptor.pluginKey() + ":";
        if (slash < 0 || !path.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = path.substring(slash + 1);
        return WebResourceModuleHost.find(descriptor, path.substring(prefix.length(), slash))
                .filter(module -> module.resources().stream().anyMatch(resource -> resource.name().equals(name)))
                .filter(module -> module.transforms(name, JsI18nTransformer.KEY))
                .map(module -> jsI18n::transform);
    }
}
