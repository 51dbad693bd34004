package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.sal.api.message.I18nResolver;
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

class RaidHeatMapServletTest {

    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private Optional<Actor> actor = Optional.of(new Actor("pm", "Pat"));
    /** The viewer administers PAY only, and is no Jira administrator. */
    private final AdminAccess adminAccess = new AdminAccess() {
        @Override
        public boolean isAdministrator(Actor who) {
            return false;
        }

        @Override
        public boolean administersProject(Actor who, ProjectRef project) {
            return project.key().equals("PAY");
        }
    };
    private final RaidHeatMapServlet servlet = new RaidHeatMapServlet(renderer, pageBuilder, i18n, () -> actor,
            a -> List.of(new ProjectRef(10000L, "HR", "People"), new ProjectRef(10001L, "PAY", "Payments")),
            adminAccess);

    @BeforeEach
    void request() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/pmo/raid/heatmap");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    @Test
    void rendersTheSelectedProjectWithItsWebResource() throws Exception {
        when(request.getParameter("project")).thenReturn("pay");

        servlet.doGet(request, response);

        RaidHeatMapPage page = renderedPage();
        assertThat(page.getSelectedProjectKey()).isEqualTo("PAY");
        assertThat(page.getSelectedProjectName()).isEqualTo("Payments");
        assertThat(page.getRestUrl()).isEqualTo("/jira/rest/pmo/1.0/raid/heatmap");
        assertThat(page.getProjects()).extracting(RaidHeatMapPage.Option::getKey).containsExactly("HR", "PAY");
        assertThat(page.isProjectMissing()).isFalse();
        assertThat(page.isHeatMapShown()).isTrue();
        assertThat(page.getSelectedTypes()).isEmpty();
        assertThat(page.getMatrixUrl()).isEqualTo("/jira/plugins/servlet/pmo/raid/matrix?project=PAY");
        verify(pageBuilder.assembler().resources()).requireWebResource(RaidHeatMapServlet.WEB_RESOURCE);
        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
    }

    @Test
    void onlyThoseWhoMayChangeTheMatrixAreOfferedItsSettings() throws Exception {
        when(request.getParameter("project")).thenReturn("HR");
        servlet.doGet(request, response);
        assertThat(renderedPage().getMatrixUrl()).as("not an administrator of HR").isEmpty();
    }

    @Test
    void thePortfolioDefaultIsOfferedToJiraAdministratorsOnly() throws Exception {
        servlet.doGet(request, response);
        assertThat(renderedPage().getMatrixUrl()).isEmpty();
    }

    @Test
    void aProjectOutOfSightRendersA404PageWithoutItsData() throws Exception {
        when(request.getParameter("project")).thenReturn("SECRET");

        servlet.doGet(request, response);

        RaidHeatMapPage page = renderedPage();
        verify(response).setStatus(404);
        assertThat(page.isProjectMissing()).isTrue();
        assertThat(page.getNotVisibleProjectKey()).isEqualTo("SECRET");
        assertThat(page.getSelectedProjectKey()).isEmpty();
        assertThat(page.isHeatMapShown()).isFalse();
    }

    @Test
    void narrowsToTheTickedRaidTypesWithTranslatedNames() throws Exception {
        when(request.getParameterValues("type")).thenReturn(new String[] {"risk", "DEPENDENCY"});
        when(i18n.getText("pmo.raid.type.risk")).thenReturn("Risk");

        servlet.doGet(request, response);

        RaidHeatMapPage page = renderedPage();
        assertThat(page.getSelectedTypes()).isEqualTo("RISK,DEPENDENCY");
        assertThat(page.getTypes()).extracting(RaidHeatMapPage.Option::getKey)
                .containsExactly("RISK", "ASSUMPTION", "ISSUE", "DEPENDENCY");
        assertThat(page.getTypes().get(0).getName()).isEqualTo("Risk");
        assertThat(page.getTypes()).extracting(RaidHeatMapPage.Option::isSelected)
                .containsExactly(true, false, false, true);
        verify(response).setStatus(200);
    }

    @Test
    void anUnknownTypeIsExplainedAnd400WithoutAHeatMap() throws Exception {
        when(request.getParameterValues("type")).thenReturn(new String[] {"RISK", "GOSSIP"});
        when(i18n.getText(eq("pmo.raid.error.type.unknown"), any(Serializable[].class)))
                .thenReturn("'GOSSIP' is not a RAID type.");

        servlet.doGet(request, response);

        RaidHeatMapPage page = renderedPage();
        verify(response).setStatus(400);
        assertThat(page.getErrors()).containsExactly("'GOSSIP' is not a RAID type.");
        assertThat(page.isHeatMapShown()).isFalse();
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndBack() throws Exception {
        actor = Optional.empty();
        when(request.getQueryString()).thenReturn("project=PAY");

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination="
                + "%2Fjira%2Fplugins%2Fservlet%2Fpmo%2Fraid%2Fheatmap%3Fproject%3DPAY");
        verify(renderer, never()).render(anyString(), anyMap(), any());
    }

    @SuppressWarnings("unchecked")
    private RaidHeatMapPage renderedPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(RaidHeatMapServlet.TEMPLATE), context.capture(), any());
        assertThat(context.getValue()).containsEntry("i18n", i18n);
        return (RaidHeatMapPage) context.getValue().get("page");
    }
}
