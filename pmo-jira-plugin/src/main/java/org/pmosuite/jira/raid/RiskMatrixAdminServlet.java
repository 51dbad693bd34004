package org.pmosuite.jira.raid;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.jira.platform.LoginRedirect;
import org.pmosuite.jira.platform.PageResponse;
import org.pmosuite.jira.platform.PluginKey;

/**
 * The risk-matrix settings page, {@code /plugins/servlet/pmo/raid/matrix?project=KEY} for a project's administrators,
 * or without a project for the portfolio default (Jira administrators). An administration page: it asks for a secure
 * administrator session (websudo) first. The form is drawn and saved by {@code pmo/raid/matrix-admin} through the REST
 * resource, which answers 400 per field and 409 for a stale edit.
 */
@LicensedOnly
public class RiskMatrixAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/raid/matrix-admin.vm";
    static final String WEB_RESOURCE = PluginKey.completeKey("raid-matrix-admin");

    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient I18nResolver i18n;
    private final transient CurrentActor currentActor;
    private final transient ScopeResolver scopeResolver;
    private final transient AdminAccess adminAccess;
    private final transient WebSudoManager webSudoManager;

    public RiskMatrixAdminServlet(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService,
            I18nResolver i18n, CurrentActor currentActor, ScopeResolver scopeResolver, AdminAccess adminAccess,
            WebSudoManager webSudoManager) {
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.i18n = i18n;
        this.currentActor = currentActor;
        this.scopeResolver = scopeResolver;
        this.adminAccess = adminAccess;
        this.webSudoManager = webSudoManager;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            LoginRedirect.send(request, response);
            return;
        }
        String requested = Optional.ofNullable(request.getParameter("project")).map(String::trim).orElse("");
        Optional<ProjectRef> project = Optional.empty();
        if (!requested.isEmpty()) {
            try {
                project = Optional.of(scopeResolver.resolve(actor.get(), List.of(requested)).get(0));
            } catch (ProjectNotVisibleException e) {
                render(response, HttpServletResponse.SC_NOT_FOUND, RiskMatrixAdminPage.refused(
                        i18n.getText("pmo.common.error.project.notvisible", requested)));
                return;
            }
        }
        boolean mayEdit = project.map(p -> adminAccess.administersProject(actor.get(), p))
                .orElseGet(() -> adminAccess.isAdministrator(actor.get()));
        if (!mayEdit) {
            render(response, HttpServletResponse.SC_FORBIDDEN, RiskMatrixAdminPage.refused(
                    project.map(p -> i18n.getText("pmo.raid.matrix.error.forbidden.project", p.key()))
                            .orElseGet(() -> i18n.getText("pmo.raid.matrix.error.forbidden.portfolio"))));
            return;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        String context = request.getContextPath();
        render(response, HttpServletResponse.SC_OK, RiskMatrixAdminPage.editor(project,
                context + "/rest/pmo/1.0/raid/matrix",
                context + "/plugins/servlet/pmo/raid/heatmap" + project.map(p -> "?project=" + p.key()).orElse("")));
    }

    private void render(HttpServletResponse response, int status, RiskMatrixAdminPage page) throws IOException {
        PageResponse.render(response, status, templateRenderer, TEMPLATE, i18n, page);
    }
}
