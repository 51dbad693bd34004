package org.pmosuite.sandbox.host.module;

import java.util.Comparator;
import java.util.List;

/** {@code <web-section>}: a group of web-items at a location, for example inside the menu of a top-level item. */
public final class WebSectionModuleHost implements ModuleHost<WebSectionModuleHost.WebSection> {

    public record WebSection(String key, String location, int weight, String labelKey) {
    }

    @Override
    public String type() {
        return "web-section";
    }

    @Override
    public WebSection read(ModuleElement element) {
        return new WebSection(element.key(), element.attribute("location"), element.weight(), element.labelKey());
    }

    /** The web-sections at a location (for a menu, its trigger's linkId), lightest first. */
    public static List<WebSection> at(PluginDescriptor descriptor, String location) {
        return descriptor.modules(WebSectionModuleHost.class).stream()
                .filter(section -> section.location().equals(location))
                .sorted(Comparator.comparingInt(WebSection::weight)).toList();
    }
}
