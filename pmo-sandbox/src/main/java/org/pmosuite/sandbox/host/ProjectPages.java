package org.pmosuite.sandbox.host;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.WebItemModuleHost;
import org.pmosuite.sandbox.host.module.WebItemModuleHost.WebItem;

/**
 * The app's project pages: the web-items Jira shows in a project's sidebar ({@link #SIDEBAR_SECTION}), one link per
 * item per project the user may browse, and those it shows in a project's settings ({@link #SETTINGS_SECTIONS}) for
 * the projects the user administers, with the project key filled in where Jira's Velocity would put
 * {@code $pathEncodedProjectKey} or, on the settings page, {@code $projectKeyEncoded}.
 */
public final class ProjectPages {

    /** Jira's section for the links an app adds to a project's sidebar. */
    public static final String SIDEBAR_SECTION = "jira.project.sidebar.plugins.navigation";

    /** Jira's project settings page: its groups are sections below this location. */
    public static final String SETTINGS_SECTIONS = "atl.jira.proj.config/";

    private static final Pattern VARIABLE = Pattern.compile(
            "\\$(?:\\{pathEncodedProjectKey}|pathEncodedProjectKey\\b|\\{projectKeyEncoded}|projectKeyEncoded\\b)");

    /** One project page: the item's label and the link, below the context path. */
    public record Link(ProjectRef project, String itemKey, String label, String path) {
    }

    private final List<WebItem> items;
    private final List<WebItem> settings;
    private final I18nResolver i18n;
    private final ProjectAccess projectAccess;
    private final AdminAccess adminAccess;

    public ProjectPages(PluginDescriptor descriptor, I18nResolver i18n, ProjectAccess projectAccess,
            AdminAccess adminAccess) {
        this.items = WebItemModuleHost.inSection(descriptor, SIDEBAR_SECTION);
        this.settings = descriptor.modules(WebItemModuleHost.class).stream()
                .filter(item -> item.section().startsWith(SETTINGS_SECTIONS))
                .sorted(Comparator.comparingInt(WebItem::weight)).toList();
        this.i18n = i18n;
        this.projectAccess = projectAccess;
        this.adminAccess = adminAccess;
    }

    /** Whether the app adds anything to a project's sidebar. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The links for every project the actor may browse, project by project (by key), items lightest first, and the
     * settings items after them where the actor administers the project. Items
     * whose link needs a variable other than the project key are left out, as the sandbox cannot fill it in.
     */
    public List<Link> links(Actor actor) {
        List<Link> links = new ArrayList<>();
        for (ProjectRef project : projectAccess.browsableProjects(actor)) {
            String encodedKey = URLEncoder.encode(project.key(), StandardCharsets.UTF_8).replace("+", "%20");
            List<WebItem> shown = new ArrayList<>(items);
            if (!settings.isEmpty() && adminAccess.administersProject(actor, project)) {
                shown.addAll(settings);
            }
            for (WebItem item : shown) {
                String path = VARIABLE.matcher(item.link()).replaceAll(Matcher.quoteReplacement(encodedKey));
                if (path.contains("$")) {
                    continue;
                }
                links.add(new Link(project, item.key(), item.labelKey().isEmpty() ? item.key()
                        : i18n.getText(item.labelKey()), path.startsWith("/") ? path : "/" + path));
            }
        }
        return links;
    }
}
