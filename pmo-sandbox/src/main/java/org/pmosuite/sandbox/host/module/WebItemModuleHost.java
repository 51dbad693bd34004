package org.pmosuite.sandbox.host.module;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <web-item>}: a link Jira places in a section. The sandbox's top navigation and project pages are built from
 * these; the items themselves install nothing.
 */
public final class WebItemModuleHost implements ModuleHost<WebItemModuleHost.WebItem> {

    /**
     * @param labelKey the i18n key of its {@code <label>}, or empty
     * @param linkId   the {@code linkId} of its {@code <link>} (the id of the rendered link), or empty
     * @param link     the {@code <link>} text, a path below the context path that may hold Velocity variables such
     *                 as {@code $pathEncodedProjectKey}
     * @param params   its {@code <param name value>} elements
     */
    public record WebItem(String key, String section, int weight, String labelKey, String linkId, String link,
            Map<String, String> params) {
        public WebItem {
            params = Map.copyOf(params);
        }

        /** Whether the link needs a context (such as a project) that Jira fills in through Velocity. */
        public boolean hasVariables() {
            return link.contains("$");
        }
    }

    @Override
    public String type() {
        return "web-item";
    }

    @Override
    public WebItem read(ModuleElement element) {
        Optional<ModuleElement> link = element.child("link");
        Map<String, String> params = new LinkedHashMap<>();
        for (ModuleElement param : element.children("param")) {
            params.put(param.attribute("name"), param.hasAttribute("value") ? param.attribute("value")
                    : param.text());
        }
        return new WebItem(element.key(), element.attribute("section"), element.weight(), element.labelKey(),
                link.map(l -> l.attribute("linkId")).orElse(""), link.map(ModuleElement::text).orElse(""), params);
    }

    /** The web-items in a section (for example {@code system.top.navigation.bar}), lightest first, as Jira orders them. */
    public static List<WebItem> inSection(PluginDescriptor descriptor, String section) {
        return descriptor.modules(WebItemModuleHost.class).stream().filter(item -> item.section().equals(section))
                .sorted(Comparator.comparingInt(WebItem::weight)).toList();
    }
}
