package org.pmosuite.sandbox.host;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.WebItemModuleHost;
import org.pmosuite.sandbox.host.module.WebItemModuleHost.WebItem;

/**
 * The app's project pages: the web-items Jira shows in a project's sidebar
 * ({@link #SIDEBAR_SECTION}), one link per item per project the user may browse, with the project key filled in
 * where Jira's Velocity would put {@code $pathEncodedProjectKey}.
 */
public final class ProjectPages {

    /** Jira's section for the links an app adds to a project's sidebar. */
    public static final String SIDEBAR_SECTION = "jira.project.sidebar.plugins.navigation";

    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{pathEncodedProjectKey}|pathEncodedProjectKey\\b)");

    /** One project page: the item's label and the link, below the context path. */
    public record Link(ProjectRef project, String itemKey, String label, String path) {
    }

    private final List<WebItem> items;
    private final I18nResolver i18n;
    private final ProjectAccess projectAccess;

    public ProjectPages(PluginDescriptor descriptor, I18nResolver i18n, ProjectAccess projectAccess) {
        this.items = WebItemModuleHost.inSection(descriptor, SIDEBAR_SECTION);
        this.i18n = i18n;
        this.projectAccess = projectAccess;
    }

    /** Whether the app adds anything to a project's sidebar. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The links for every project the actor may browse, project by project (by key), items lightest first. Items
     * whose link needs a variable other than the project key are left out, as the sandbox cannot fill it in.
     */
    public List<Link> links(Actor actor) {
        List<Link> links = new ArrayList<>();
        for (ProjectRef project : projectAccess.browsableProjects(actor)) {
            String encodedKey = URLEncoder.encode(project.key(), StandardCharsets.UTF_8).replace("+", "%20");
            for (WebItem item : items) {
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
