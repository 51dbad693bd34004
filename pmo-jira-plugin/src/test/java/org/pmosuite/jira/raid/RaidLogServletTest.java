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
import org.pmosuite.core.common.ProjectRef;

class RaidLogServletTest {

    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private Optional<Actor> actor = Optional.of(new Actor("pm", "Pat"));
    private List<ProjectRef> browsable = List.of(new ProjectRef(10000L, "HR", "People"),
            new ProjectRef(10001L, "PAY", "Payments"));
    private final RaidLogServlet servlet = new RaidLogServlet(renderer, pageBuilder, i18n, () -> actor,
            a -> browsable);

    @BeforeEach
    void request() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/pmo/raid/log");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    @Test
    void rendersAProjectsLogWithItsWebResource() throws Exception {
        when(request.getParameter("project")).thenReturn("pay");

        servlet.doGet(request, response);

        RaidLogPage page = renderedPage();
        assertThat(page.isRegister()).isFalse();
        assertThat(page.getSelectedProjectKey()).isEqualTo("PAY");
        assertThat(page.getSelectedProjectName()).isEqualTo("Payments");
        assertThat(page.isProjectMissing()).isFalse();
        assertThat(page.isLogShown()).isTrue();
        verify(pageBuilder.assembler().resources()).requireWebResource(RaidLogServlet.WEB_RESOURCE);
        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
    }

    @Test
    void withoutAProjectItIsTheRegister() throws Exception {
        servlet.doGet(request, response);

        RaidLogPage page = renderedPage();
        assertThat(page.isRegister()).isTrue();
        assertThat(page.getSelectedProjectName()).isEmpty();
        assertThat(page.isLogShown()).isTrue();
        verify(response).setStatus(200);
    }

    @Test
    void offersEveryTypeRoamStatusAndBandWithTranslatedNames() throws Exception {
        when(i18n.getText("pmo.raid.type.risk")).thenReturn("Risk");
        when(i18n.getText("pmo.raid.log.roam.none")).thenReturn("Not ROAMed");
        when(i18n.getText("pmo.raid.band.critical")).thenReturn("Critical");

        servlet.doGet(request, response);

        RaidLogPage page = renderedPage();
        assertThat(page.getTypes()).extracting(RaidHeatMapPage.Option::getKey)
                .containsExactly("RISK", "ASSUMPTION", "ISSUE", "DEPENDENCY");
        assertThat(page.getTypes().get(0).getName()).isEqualTo("Risk");
        assertThat(page.getRoams()).extracting(RaidHeatMapPage.Option::getKey)
                .containsExactly("RESOLVED", "OWNED", "ACCEPTED", "MITIGATED", "NONE");
        assertThat(page.getRoams().get(4).getName()).isEqualTo("Not ROAMed");
        assertThat(page.getBands()).extracting(RaidHeatMapPage.Option::getKey)
                .containsExactly("LOW", "MEDIUM", "HIGH", "CRITICAL");
        assertThat(page.getBands().get(3).getName()).isEqualTo("Critical");
    }

    @Test
    void aProjectOutOfSightRendersA404PageWithoutItsData() throws Exception {
        when(request.getParameter("project")).thenReturn("SECRET");

        servlet.doGet(request, response);

        RaidLogPage page = renderedPage();
        verify(response).setStatus(404);
        assertThat(page.isProjectMissing()).isTrue();
        assertThat(page.getNotVisibleProjectKey()).isEqualTo("SECRET");
        assertThat(page.getSelectedProjectKey()).isEmpty();
        assertThat(page.isLogShown()).isFalse();
    }

    @Test
    void someoneWhoBrowsesNoProjectIsToldSo() throws Exception {
        browsable = List.of();

        servlet.doGet(request, response);

        RaidLogPage page = renderedPage();
        assertThat(page.isAnyProjectBrowsable()).isFalse();
        assertThat(page.isLogShown()).isFalse();
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndBack() throws Exception {
        actor = Optional.empty();
        when(request.getQueryString()).thenReturn("project=PAY");

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination="
                + "%2Fjira%2Fplugins%2Fservlet%2Fpmo%2Fraid%2Flog%3Fproject%3DPAY");
        verify(renderer, never()).render(anyString(), anyMap(), any());
    }

    @SuppressWarnings("unchecked")
    private RaidLogPage renderedPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(RaidLogServlet.TEMPLATE), context.capture(), any());
        assertThat(context.getValue()).containsEntry("i18n", i18n);
        return (RaidLogPage) context.getValue().get("page");
    }
}
