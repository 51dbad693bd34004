package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.core.common.ScopeResolver;
import org.pmosuite.core.raid.setup.InMemoryRaidSetupHost;
import org.pmosuite.core.raid.setup.RaidSetupService;

class RaidSetupServletTest {

    private static final Actor PM = new Actor("pm", "Pat");
    private static final ProjectRef PAY = new ProjectRef(10001L, "PAY", "Payments");

    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private boolean administers = true;
    private final AdminAccess adminAccess = new AdminAccess() {
        @Override
        public boolean isAdministrator(Actor actor) {
            return false;
        }

        @Override
        public boolean administersProject(Actor actor, ProjectRef project) {
            return administers;
        }
    };
    private Optional<Actor> actor = Optional.of(PM);
    private final InMemoryRaidSetupHost host = new InMemoryRaidSetupHost().project(PAY, "PAY scheme", "PAY screen");
    private final RaidSetupServlet servlet = new RaidSetupServlet(renderer, pageBuilder, i18n, () -> actor,
            new RaidSetupService(host, new ScopeResolver(a -> List.of(PAY)), adminAccess), webSudo);

    @BeforeEach
    void request() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/pmo/raid/setup");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(i18n.getText(anyString(), any())).thenAnswer(call -> call.getArgument(0) + ":" + call.getArgument(1));
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void aProjectAdministratorInAWebsudoSessionGetsThePageAndNothingChanges() throws Exception {
        when(request.getParameter("project")).thenReturn("pay");

        servlet.doGet(request, response);

        RaidSetupPage page = renderedPage();
        assertThat(page.isRefused()).isFalse();
        assertThat(page.getProjectKey()).isEqualTo("PAY");
        assertThat(page.getProjectName()).isEqualTo("Payments");
        assertThat(page.getLogUrl()).isEqualTo("/jira/plugins/servlet/pmo/raid/log?project=PAY");
        verify(webSudo).willExecuteWebSudoRequest(request);
        verify(pageBuilder.assembler().resources()).requireWebResource(RaidSetupServlet.WEB_RESOURCE);
        verify(response).setStatus(200);
        assertThat(host.applied()).isEmpty();
    }

    @Test
    void withoutAWebsudoSessionTheAdministratorIsSentToConfirmFirst() throws Exception {
        when(request.getParameter("project")).thenReturn("PAY");
        doThrow(new WebSudoSessionException("none")).when(webSudo).willExecuteWebSudoRequest(request);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verify(renderer, never()).render(anyString(), anyMap(), any());
    }

    @Test
    void someoneWhoDoesNotAdministerTheProjectIsToldWhyWithoutWebsudo() throws Exception {
        administers = false;
        when(request.getParameter("project")).thenReturn("PAY");

        servlet.doGet(request, response);

        assertThat(renderedPage().getRefusal()).isEqualTo("pmo.raid.setup.error.forbidden:PAY");
        verify(response).setStatus(403);
        verify(webSudo, never()).willExecuteWebSudoRequest(any());
    }

    @Test
    void aProjectOutOfSightLooksLikeOneThatDoesNotExist() throws Exception {
        when(request.getParameter("project")).thenReturn("SECRET");

        servlet.doGet(request, response);

        assertThat(renderedPage().getRefusal()).isEqualTo("pmo.common.error.project.notvisible:SECRET");
        verify(response).setStatus(404);
    }

    @Test
    void withoutAProjectThePageSaysWhereToOpenIt() throws Exception {
        servlet.doGet(request, response);

        assertThat(renderedPage().getRefusal()).isEqualTo("pmo.raid.setup.error.noproject");
        verify(response).setStatus(400);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() throws Exception {
        actor = Optional.empty();
        when(request.getQueryString()).thenReturn("project=PAY");

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fjira%2Fplugins%2Fservlet%2Fpmo%2Fraid%2F"
                + "setup%3Fproject%3DPAY");
    }

    @SuppressWarnings("unchecked")
    private RaidSetupPage renderedPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(RaidSetupServlet.TEMPLATE), context.capture(), any());
        return (RaidSetupPage) context.getValue().get("page");
    }
}
