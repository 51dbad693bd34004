package org.pmosuite.jira.raid;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.jira.platform.LoginRedirect;
import org.pmosuite.jira.platform.PageResponse;
import org.pmosuite.jira.platform.PluginKey;
import org.pmosuite.jira.platform.ProjectSelection;

/**
 * The RAID log page, {@code /plugins/servlet/pmo/raid/log?project=KEY}, and without a project the cross-project RAID
 * register. The page is a shell: the AMD module {@code pmo/raid/log-page} reads the filters, sort and page from the
 * URL, lists the entries from {@code GET /rest/pmo/1.0/raid/log}, which checks them, and draws the heat map of the
 * same scope beside them through {@code pmo/raid/heatmap-view}.
 */
@LicensedOnly
public class RaidLogServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/raid/log.vm";
    static final String WEB_RESOURCE = PluginKey.completeKey("raid-log");

    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient I18nResolver i18n;
    private final transient CurrentActor currentActor;
    private final transient ProjectAccess projectAccess;

    public RaidLogServlet(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService,
            I18nResolver i18n, CurrentActor currentActor, ProjectAccess projectAccess) {
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.i18n = i18n;
        this.currentActor = currentActor;
        this.projectAccess = projectAccess;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            LoginRedirect.send(request, response);
            return;
        }
        List<ProjectRef> projects = projectAccess.browsableProjects(actor.get());
        ProjectSelection selection = ProjectSelection.of(request, projects);
        RaidLogPage page = new RaidLogPage(projects, selection.selectedKey(), selection.unknownKey(), i18n::getText);

        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        PageResponse.render(response, selection.unknown() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK,
                templateRenderer, TEMPLATE, i18n, page);
    }
}
