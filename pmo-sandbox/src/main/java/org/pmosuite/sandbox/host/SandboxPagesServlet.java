package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.pmosuite.sandbox.data.JdbcUserDirectory;
import org.pmosuite.sandbox.data.PortfolioInfo;
import org.pmosuite.sandbox.data.SandboxUser;
import org.pmosuite.sandbox.platform.Html;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * The sandbox's own pages: the landing page ({@code /} and {@code /sandbox}), listing what the app offers, its
 * project pages for the projects the current user may browse, and the demo users, and the log-in page ({@code /login.jsp}) the app's servlets send anonymous users to.
 */
public final class SandboxPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String LOGIN_PATH = "/login.jsp";

    /** A link the landing page offers. */
    public record Offer(String label, String path, String description) {
    }

    private final transient JdbcUserDirectory users;
    private final transient ProjectAccess projectAccess;
    private final transient PortfolioInfo portfolio;
    private final transient List<Offer> offers;
    private final String dataDirectory;
    private final transient ProjectPages projectPages;
    private final transient RequestScope requestScope;

    public SandboxPagesServlet(JdbcUserDirectory users, ProjectAccess projectAccess, PortfolioInfo portfolio,
            List<Offer> offers, String dataDirectory, ProjectPages projectPages, RequestScope requestScope) {
        this.users = users;
        this.projectAccess = projectAccess;
        this.portfolio = portfolio;
        this.offers = List.copyOf(offers);
        this.dataDirectory = dataDirectory;
        this.projectPages = projectPages;
        this.requestScope = requestScope;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        String page = LOGIN_PATH.equals(request.getServletPath()) ? login(request, context) : landing(context);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page);
    }

    private String landing(String context) {
        StringBuilder offered = new StringBuilder("<ul id=\"sandbox-offers\">");
        for (Offer offer : offers) {
            offered.append("<li><a href=\"").append(Html.escape(context + offer.path())).append("\">")
                    .append(Html.escape(offer.label())).append("</a> <code>").append(Html.escape(context
                            + offer.path())).append("</code><br><span class=\"sandbox-muted\">")
                    .append(Html.escape(offer.description())).append("</span></li>");
        }
        offered.append("</ul>");
        String body = header("PMO Suite sandbox", "The app's own REST resources, pages, templates and web "
                + "resources, hosted outside Jira on H2 with a generated portfolio.")
                + "<h2>What the app offers</h2>" + offered
                + projectPages(context, requestScope.user())
                + "<h2>Demo users</h2>" + usersTable(context, context + "/")
                + "<h2>Portfolio</h2><table class=\"aui\" id=\"sandbox-portfolio\"><tbody>"
                + row("Preset", portfolio.size().id()) + row("Projects", String.format("%,d", portfolio.projects()))
                + row("Issues", String.format("%,d", portfolio.issues())) + row("Seed", Long.toString(portfolio.seed()))
                + row("Generated", portfolio.generatedAt() + " in " + String.format("%,d", portfolio.generationMillis())
                        + " ms (generator version " + portfolio.generatorVersion() + ")")
                + row("Data directory", dataDirectory) + "</tbody></table>";
        return SandboxLayout.simplePage("Sandbox", body);
    }

    /** One row per project the user may browse, with a link per project sidebar web-item. */
    private String projectPages(String context, Optional<SandboxUser> user) {
        if (projectPages.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Project pages</h2>");
        if (user.isEmpty()) {
            return html.append("<p class=\"sandbox-muted\" id=\"sandbox-project-pages\">Log in to see the app's "
                    + "pages for the projects you may browse.</p>").toString();
        }
        html.append("<p class=\"sandbox-muted\">The app's links in a project's sidebar (<code>")
                .append(Html.escape(ProjectPages.SIDEBAR_SECTION)).append("</code>), for the projects ")
                .append(Html.escape(user.get().displayName())).append(" may browse.</p>");
        Map<ProjectRef, List<ProjectPages.Link>> byProject = new LinkedHashMap<>();
        for (ProjectPages.Link link : projectPages.links(user.get().actor())) {
            byProject.computeIfAbsent(link.project(), project -> new java.util.ArrayList<>()).add(link);
        }
        if (byProject.isEmpty()) {
            return html.append("<p id=\"sandbox-project-pages\">No projects to show.</p>").toString();
        }
        html.append("<table class=\"aui\" id=\"sandbox-project-pages\"><thead><tr><th>Project</th><th>Pages</th>"
                + "</tr></thead><tbody>");
        byProject.forEach((project, links) -> {
            html.append("<tr data-project-key=\"").append(Html.escape(project.key())).append("\"><td>")
                    .append(Html.escape(project.name())).append(" (").append(Html.escape(project.key()))
                    .append(")</td><td>");
            for (int i = 0; i < links.size(); i++) {
                ProjectPages.Link link = links.get(i);
                html.append(i == 0 ? "" : " &middot; ").append("<a href=\"")
                        .append(Html.escape(context + link.path())).append("\">").append(Html.escape(link.label()))
                        .append("</a>");
            }
            html.append("</td></tr>");
        });
        return html.append("</tbody></table>").toString();
    }

    private String login(HttpServletRequest request, String context) {
        String destination = SwitchUserServlet.safeDestination(context, request.getParameter("os_destination"));
        String body = header("Log in", "Choose a demo user. The sandbox has no passwords.")
                + usersTable(context, destination);
        return SandboxLayout.simplePage("Log in", body);
    }

    private String usersTable(String context, String destination) {
        StringBuilder table = new StringBuilder("<table class=\"aui\" id=\"sandbox-users\"><thead><tr><th>User</th>"
                + "<th>Key</th><th>Rights</th><th>Browsable projects</th><th></th></tr></thead><tbody>");
        for (SandboxUser user : users.all()) {
            int browsable = projectAccess.browsableProjects(user.actor()).size();
            String rights = (user.systemAdmin() ? "System administrator" : user.admin() ? "Jira administrator"
                    : "User") + (user.browsesAll() ? ", browses every project" : ", browses granted projects only");
            table.append("<tr><td>").append(Html.escape(user.displayName())).append("</td><td><code>")
                    .append(Html.escape(user.key())).append("</code></td><td>").append(Html.escape(rights))
                    .append("</td><td>").append(browsable).append("</td><td>")
                    .append("<form method=\"post\" class=\"sandbox-inline-form\" action=\"")
                    .append(Html.escape(context + SwitchUserServlet.PATH)).append("\">")
                    .append("<input type=\"hidden\" name=\"user\" value=\"").append(Html.escape(user.key()))
                    .append("\"><input type=\"hidden\" name=\"destination\" value=\"")
                    .append(Html.escape(destination)).append("\">")
                    .append("<button class=\"aui-button aui-button-link\" type=\"submit\">Log in as ")
                    .append(Html.escape(user.displayName())).append("</button></form></td></tr>");
        }
        return table.append("</tbody></table>").toString();
    }

    private static String header(String title, String subtitle) {
        return "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">"
                + "<h1>" + Html.escape(title) + "</h1><p class=\"sandbox-muted\">" + Html.escape(subtitle)
                + "</p></div></div></header>";
    }

    private static String row(String label, String value) {
        return "<tr><th scope=\"row\">" + Html.escape(label) + "</th><td>" + Html.escape(value) + "</td></tr>";
    }
}
