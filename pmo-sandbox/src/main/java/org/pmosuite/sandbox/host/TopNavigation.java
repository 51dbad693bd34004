package org.pmosuite.sandbox.host;

import java.util.List;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.sandbox.platform.Html;

/**
 * Jira's top navigation bar from the descriptor's {@code web-item} and {@code web-section} modules, in AUI 10 markup.
 * An item in {@link #TOP_SECTION} becomes an entry of the app header. When web-sections are located at its
 * {@code linkId}, it becomes a dropdown trigger, and the menu lists, section by section, the items whose section is
 * {@code <linkId>/<sectionKey>}, lightest first. Items whose link needs Velocity context (such as
 * {@code $pathEncodedProjectKey}) belong to other pages and are left out.
 */
public final class TopNavigation {

    /** Jira's section for the entries of the top navigation bar. */
    public static final String TOP_SECTION = "system.top.navigation.bar";

    private final String contextPath;
    private final PluginDescriptor descriptor;
    private final I18nResolver i18n;

    public TopNavigation(String contextPath, PluginDescriptor descriptor, I18nResolver i18n) {
        this.contextPath = contextPath;
        this.descriptor = descriptor;
        this.i18n = i18n;
    }

    /**
     * The {@code <li>} entries of the header's {@code <ul class="aui-nav">}; the entry (and the menu item) that
     * links to the current page is marked.
     *
     * @param requestUri the current page's URI, with or without its query
     */
    public String render(String requestUri) {
        String currentPath = pathOf(requestUri);
        StringBuilder html = new StringBuilder();
        for (PluginDescriptor.WebItemModule item : descriptor.webItems(TOP_SECTION)) {
            if (item.hasVariables()) {
                continue;
            }
            List<PluginDescriptor.WebSectionModule> sections = item.linkId().isEmpty() ? List.of()
                    : descriptor.webSections(item.linkId());
            StringBuilder menu = new StringBuilder();
            boolean current = isCurrent(item, currentPath);
            for (PluginDescriptor.WebSectionModule section : sections) {
                List<PluginDescriptor.WebItemModule> entries = descriptor.webItems(item.linkId() + "/" + section.key())
                        .stream().filter(entry -> !entry.hasVariables()).toList();
                if (entries.isEmpty()) {
                    continue;
                }
                menu.append("<aui-section id=\"").append(Html.escape(item.linkId() + "-" + section.key())).append('"');
                if (!section.labelKey().isEmpty()) {
                    menu.append(" label=\"").append(Html.escape(i18n.getText(section.labelKey()))).append('"');
                }
                menu.append(">\n");
                for (PluginDescriptor.WebItemModule entry : entries) {
                    boolean active = isCurrent(entry, currentPath);
                    current |= active;
                    menu.append("<aui-item-link href=\"").append(Html.escape(href(entry))).append('"');
                    if (!entry.linkId().isEmpty()) {
                        menu.append(" item-id=\"").append(Html.escape(entry.linkId())).append('"');
                    }
                    if (active) {
                        menu.append(" extra-classes=\"pmo-nav-current\"");
                    }
                    menu.append('>').append(Html.escape(label(entry))).append("</aui-item-link>\n");
                }
                menu.append("</aui-section>\n");
            }
            html.append("<li").append(current ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                    .append(Html.escape(href(item))).append('"');
            if (!item.linkId().isEmpty()) {
                html.append(" id=\"").append(Html.escape(item.linkId())).append('"');
            }
            if (menu.isEmpty()) {
                html.append(current ? " aria-current=\"page\"" : "").append('>').append(Html.escape(label(item)))
                        .append("</a></li>\n");
            } else {
                String menuId = (item.linkId().isEmpty() ? item.key() : item.linkId()) + "-content";
                html.append(" class=\"aui-nav-link aui-dropdown2-trigger\" aria-haspopup=\"true\" aria-controls=\"")
                        .append(Html.escape(menuId)).append("\">").append(Html.escape(label(item))).append("</a>\n")
                        .append("<aui-dropdown-menu id=\"").append(Html.escape(menuId)).append("\">\n")
                        .append(menu).append("</aui-dropdown-menu></li>\n");
            }
        }
        return html.toString();
    }

    private String label(PluginDescriptor.WebItemModule item) {
        return item.labelKey().isEmpty() ? item.key() : i18n.getText(item.labelKey());
    }

    private String href(PluginDescriptor.WebItemModule item) {
        String link = item.link();
        if (link.startsWith("https://") || link.startsWith("http://")) {
            return link;
        }
        return contextPath + (link.startsWith("/") ? link : "/" + link);
    }

    private boolean isCurrent(PluginDescriptor.WebItemModule item, String currentPath) {
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
