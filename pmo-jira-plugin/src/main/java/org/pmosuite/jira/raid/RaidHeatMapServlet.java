package org.pmosuite.jira.raid;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.raid.RaidHeatMapQuery;
import org.pmosuite.core.raid.RaidType;
import org.pmosuite.jira.platform.LoginRedirect;
import org.pmosuite.jira.platform.Messages;
import org.pmosuite.jira.platform.PageResponse;
import org.pmosuite.jira.platform.PluginKey;
import org.pmosuite.jira.platform.ProjectSelection;

/**
 * The RAID heat map page, {@code /plugins/servlet/pmo/raid/heatmap?project=KEY}. The page is a shell: the matrix is
 * drawn in the browser by the AMD module {@code pmo/raid/heatmap-page} from the REST resource, through
 * {@code pmo/raid/heatmap-view}, which a dashboard item can share.
 */
@LicensedOnly
public class RaidHeatMapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/raid/heatmap.vm";
    static final String WEB_RESOURCE = PluginKey.completeKey("raid-heatmap");

    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient I18nResolver i18n;
    private final transient CurrentActor currentActor;
    private final transient ProjectAccess projectAccess;
    private final transient AdminAccess adminAccess;

    public RaidHeatMapServlet(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService,
            I18nResolver i18n, CurrentActor currentActor, ProjectAccess projectAccess, AdminAccess adminAccess) {
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.i18n = i18n;
        this.currentActor = currentActor;
        this.projectAccess = projectAccess;
        this.adminAccess = adminAccess;
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
        Optional<ProjectRef> selected = selection.selected();
        boolean unknownProject = selection.unknown();

        Set<RaidType> types = Set.of();
        List<String> errors = List.of();
        try {
            types = RaidHeatMapQuery.parse(List.of(), parameters(request, "type")).types();
        } catch (InvalidRequestException e) {
            errors = e.errors().stream().map(error -> Messages.text(i18n, error)).toList();
        }

        boolean mayConfigure = selected.map(project -> adminAccess.administersProject(actor.get(), project))
                .orElseGet(() -> adminAccess.isAdministrator(actor.get()));
        String matrixUrl = !mayConfigure || unknownProject ? "" : request.getContextPath()
                + "/plugins/servlet/pmo/raid/matrix" + selected.map(project -> "?project=" + project.key()).orElse("");

        RaidHeatMapPage page = new RaidHeatMapPage(projects, selection.selectedKey(), types,
                type -> i18n.getText(type.messageKey()), request.getContextPath() + "/rest/pmo/1.0/raid/heatmap",
                selection.unknownKey(), errors, matrixUrl);

        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        PageResponse.render(response, unknownProject ? HttpServletResponse.SC_NOT_FOUND
                : errors.isEmpty() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST,
                templateRenderer, TEMPLATE, i18n, page);
    }

    private static List<String> parameters(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }
}
