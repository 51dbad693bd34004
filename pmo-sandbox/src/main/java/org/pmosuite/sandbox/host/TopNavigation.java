package org.pmosuite.sandbox.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.sandbox.host.module.DashboardItemModuleHost;
import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.WebItemModuleHost;
import org.pmosuite.sandbox.host.module.WebItemModuleHost.WebItem;
import org.pmosuite.sandbox.host.module.WebSectionModuleHost;
import org.pmosuite.sandbox.host.module.WebSectionModuleHost.WebSection;
import org.pmosuite.sandbox.host.page.NavigationEntry;
import org.pmosuite.sandbox.host.page.NavigationEntry.MenuItem;
import org.pmosuite.sandbox.host.page.NavigationEntry.MenuSection;
import org.pmosuite.sandbox.host.page.SandboxTemplates;

/**
 * Jira's top navigation bar from the descriptor's {@code web-item} and {@code web-section} modules, in AUI 10 markup
 * ({@code sandbox-templates/top-navigation.vm}). An item in {@link #TOP_SECTION} becomes an entry of the app header.
 * When web-sections are located at its {@code linkId}, it becomes a dropdown trigger, and the menu lists, section by
 * section, the items whose section is {@code <linkId>/<sectionKey>}, lightest first. Items whose link needs Velocity
 * context (such as {@code $pathEncodedProjectKey}) belong to other pages and are left out.
 */
public final class TopNavigation {

    /** Jira's section for the entries of the top navigation bar. */
    public static final String TOP_SECTION = "system.top.navigation.bar";

    private final String contextPath;
    private final PluginDescriptor descriptor;
    private final I18nResolver i18n;
    private final SandboxTemplates templates;

    public TopNavigation(String contextPath, PluginDescriptor descriptor, I18nResolver i18n,
            SandboxTemplates templates) {
        this.contextPath = contextPath;
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.templates = templates;
    }

    /**
     * The header's entries; the entry (and the menu item) that links to the current page is marked.
     *
     * @param requestUri the current page's URI, with or without its query
     */
    public List<NavigationEntry> entries(String requestUri) {
        String currentPath = pathOf(requestUri);
        List<NavigationEntry> entries = new ArrayList<>();
        if (!DashboardItemModuleHost.items(descriptor).isEmpty()) {
            // Jira's own first entry; the sandbox has a dashboard only to host the app's dashboard items.
            String dashboard = contextPath + DashboardItemModuleHost.DASHBOARD_PATH;
            entries.add(new NavigationEntry("Dashboards", dashboard, "home_link", currentPath.equals(dashboard),
                    "home_link-content", List.of()));
        }
        for (WebItem item : WebItemModuleHost.inSection(descriptor, TOP_SECTION)) {
            if (item.hasVariables()) {
                continue;
            }
            List<WebSection> sections = item.linkId().isEmpty() ? List.of()
                    : WebSectionModuleHost.at(descriptor, item.linkId());
            boolean current = isCurrent(item, currentPath);
            List<MenuSection> menu = new ArrayList<>();
            for (WebSection section : sections) {
                List<MenuItem> items = WebItemModuleHost.inSection(descriptor, item.linkId() + "/" + section.key())
                        .stream().filter(entry -> !entry.hasVariables())
                        .map(entry -> new MenuItem(label(entry), href(entry), entry.linkId(),
                                isCurrent(entry, currentPath)))
                        .toList();
                if (!items.isEmpty()) {
                    current |= items.stream().anyMatch(MenuItem::current);
                    menu.add(new MenuSection(item.linkId() + "-" + section.key(),
                            section.labelKey().isEmpty() ? "" : i18n.getText(section.labelKey()), items));
                }
            }
            String menuId = (item.linkId().isEmpty() ? item.key() : item.linkId()) + "-content";
            entries.add(new NavigationEntry(label(item), href(item), item.linkId(), current, menuId, menu));
        }
        return entries;
    }

    /** The {@code <li>} entries of the header's {@code <ul class="aui-nav">}, as the layout renders them. */
    public String render(String requestUri) {
        return templates.render("top-navigation.vm", Map.of("navigation", entries(requestUri)));
    }

    private String label(WebItem item) {
        return item.labelKey().isEmpty() ? item.key() : i18n.getText(item.labelKey());
    }

    private String href(WebItem item) {
        String link = item.link();
        if (link.startsWith("https://") || link.startsWith("http://")) {
            return link;
        }
        return contextPath + (link.startsWith("/") ? link : "/" + link);
    }

    private boolean isCurrent(WebItem item, String currentPath) {
        return !item.link().isEmpty() && pathOf(href(item)).equals(currentPath);
    }

    private static String pathOf(String uri) {
        int end = uri.length();
        for (char stop : new char[] {'?', '#'}) {
            int index = uri.indexOf(stop);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        return uri.substring(0, end);
    }
}
