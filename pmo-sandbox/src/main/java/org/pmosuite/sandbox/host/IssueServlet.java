package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.sandbox.data.JdbcIssues;
import org.pmosuite.sandbox.data.SandboxUser;
import org.pmosuite.sandbox.host.module.WebPanelModuleHost;
import org.pmosuite.sandbox.host.module.WebPanels;
import org.pmosuite.sandbox.host.page.IssueView;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * Jira's issue view at {@code /browse/KEY}, as far as the app's web panels need it: the issue's header and every
 * panel at {@value WebPanelModuleHost#ISSUE_RIGHT_CONTEXT}, each given the issue as context key {@code issue}, as
 * Jira gives it. A missing issue and one the viewer may not see answer alike: 404 with Jira's wording.
 */
public final class IssueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String PATH = "/browse/*";

    private final transient JdbcIssues issues;
    private final transient WebPanels panels;
    private final transient I18nResolver i18n;
    private final transient RequestScope requestScope;
    private final transient SandboxTemplates templates;

    public IssueServlet(JdbcIssues issues, WebPanels panels, I18nResolver i18n, RequestScope requestScope,
            SandboxTemplates templates) {
        this.issues = issues;
        this.panels = panels;
        this.i18n = i18n;
        this.requestScope = requestScope;
        this.templates = templates;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUser> user = requestScope.user();
        if (user.isEmpty()) {
            response.sendRedirect(LoginPage.uriFor(request));
            return;
        }
        String asked = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<JdbcIssues.IssueCard> card = issues.visible(user.get().key(), asked);
        IssueView view;
        if (card.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            view = IssueView.notFound(asked);
        } else {
            JdbcIssues.IssueCard issue = card.get();
            Map<String, Object> context = Map.of("issue", panelIssue(issue.key()));
            List<IssueView.Panel> shown = panels.at(WebPanelModuleHost.ISSUE_RIGHT_CONTEXT).stream()
                    .map(panel -> new IssueView.Panel(panel.key(), i18n.getText(panel.labelKey()),
                            panel.panel().getHtml(context)))
                    .filter(panel -> !panel.bodyHtml().isEmpty())
                    .toList();
            view = new IssueView(issue.key(), asked, issue.summary(), issue.issueType(), issue.status(),
                    issue.projectName(), request.getContextPath() + "/", shown);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(templates.render("issue.vm", Map.of("issue", view)));
    }

    /**
     * The viewed issue as a web panel receives it in Jira's context. The app's panel reads only its key (it loads the
     * RAID fields through its own port), so the sandbox answers that and refuses every other member, whatever the
     * interface holds.
     */
    private static Issue panelIssue(String key) {
        return (Issue) Proxy.newProxyInstance(Issue.class.getClassLoader(), new Class<?>[] {Issue.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getKey" -> key;
                    case "toString" -> "Issue " + key;
                    case "hashCode" -> key.hashCode();
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException("the sandbox hands panels the issue key only, "
                            + "not " + method.getName());
                });
    }
}
