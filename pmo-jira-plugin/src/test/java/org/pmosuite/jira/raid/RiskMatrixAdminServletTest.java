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

class RiskMatrixAdminServletTest {

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
    private final RiskMatrixAdminServlet servlet = new RiskMatrixAdminServlet(renderer, pageBuilder, i18n,
            () -> actor, new ScopeResolver(a -> List.of(PAY)), adminAccess, webSudo);

    @BeforeEach
    void request() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/pmo/raid/matrix");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(i18n.getText(anyString(), any())).thenAnswer(call -> call.getArgument(0) + ":" + call.getArgument(1));
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void aProjectAdministratorInAWebsudoSessionGetsTheForm() throws Exception {
        when(request.getParameter("project")).thenReturn("pay");

        servlet.doGet(request, response);

        RiskMatrixAdminPage page = renderedPage();
        assertThat(page.isRefused()).isFalse();
        assertThat(page.getProjectKey()).isEqualTo("PAY");
        assertThat(page.getRestUrl()).isEqualTo("/jira/rest/pmo/1.0/raid/matrix");
        assertThat(page.getHeatMapUrl()).isEqualTo("/jira/plugins/servlet/pmo/raid/heatmap?project=PAY");
        verify(webSudo).willExecuteWebSudoRequest(request);
        verify(pageBuilder.assembler().resources()).requireWebResource(RiskMatrixAdminServlet.WEB_RESOURCE);
        verify(response).setStatus(200);
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

        RiskMatrixAdminPage page = renderedPage();
        assertThat(page.getRefusal()).isEqualTo("pmo.raid.matrix.error.forbidden.project:PAY");
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
    void thePortfolioDefaultIsForJiraAdministratorsOnly() throws Exception {
        servlet.doGet(request, response);

        assertThat(renderedPage().getRefusal()).isEqualTo("pmo.raid.matrix.error.forbidden.portfolio");
        verify(response).setStatus(403);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() throws Exception {
        actor = Optional.empty();
        when(request.getQueryString()).thenReturn("project=PAY");

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fjira%2Fplugins%2Fservlet%2Fpmo%2Fraid%2F"
                + "matrix%3Fproject%3DPAY");
    }

    @SuppressWarnings("unchecked")
    private RiskMatrixAdminPage renderedPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(RiskMatrixAdminServlet.TEMPLATE), context.capture(), any());
        return (RiskMatrixAdminPage) context.getValue().get("page");
    }
}
