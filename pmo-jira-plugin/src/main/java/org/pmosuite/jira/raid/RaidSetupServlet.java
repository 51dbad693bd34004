package org.pmosuite.jira.raid;

import java.io.IOException;
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
import org.pmosuite.core.common.CurrentActor;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectNotVisibleException;
import org.pmosuite.core.raid.setup.RaidSetupForbiddenException;
import org.pmosuite.core.raid.setup.RaidSetupPlan;
import org.pmosuite.core.raid.setup.RaidSetupService;
import org.pmosuite.jira.platform.LoginRedirect;
import org.pmosuite.jira.platform.PageResponse;
import org.pmosuite.jira.platform.PluginKey;

/**
 * The RAID setup page of a project, {@code /plugins/servlet/pmo/raid/setup?project=KEY}, in the project's settings:
 * for its administrators, in a secure administrator session (websudo). The dry run is listed by
 * {@code pmo/raid/setup-page} from the REST resource, which also applies it.
 */
@LicensedOnly
public class RaidSetupServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "templates/raid/setup.vm";
    static final String WEB_RESOURCE = PluginKey.completeKey("raid-setup");

    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient I18nResolver i18n;
    private final transient CurrentActor currentActor;
    private final transient RaidSetupService setup;
    private final transient WebSudoManager webSudoManager;

    public RaidSetupServlet(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService,
            I18nResolver i18n, CurrentActor currentActor, RaidSetupService setup, WebSudoManager webSudoManager) {
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.i18n = i18n;
        this.currentActor = currentActor;
        this.setup = setup;
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
        RaidSetupPlan plan;
        try {
            plan = setup.plan(actor.get(), requested);
        } catch (InvalidRequestException e) {
            render(response, HttpServletResponse.SC_BAD_REQUEST,
                    RaidSetupPage.refused(i18n.getText("pmo.raid.setup.error.noproject")));
            return;
        } catch (ProjectNotVisibleException e) {
            render(response, HttpServletResponse.SC_NOT_FOUND,
                    RaidSetupPage.refused(i18n.getText("pmo.common.error.project.notvisible", requested)));
            return;
        } catch (RaidSetupForbiddenException e) {
            render(response, HttpServletResponse.SC_FORBIDDEN,
                    RaidSetupPage.refused(i18n.getText(RaidSetupForbiddenException.MESSAGE_KEY, e.projectKey())));
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
        render(response, HttpServletResponse.SC_OK, RaidSetupPage.of(plan.project(),
                context + "/plugins/servlet/pmo/raid/log?project=" + plan.project().key()));
    }

    private void render(HttpServletResponse response, int status, RaidSetupPage page) throws IOException {
        PageResponse.render(response, status, templateRenderer, TEMPLATE, i18n, page);
    }
}
