package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.sandbox.data.JdbcUserDirectory;
import org.pmosuite.sandbox.data.PortfolioInfo;
import org.pmosuite.sandbox.data.SandboxUser;
import org.pmosuite.sandbox.platform.Html;

/**
 * The sandbox's own pages: the landing page ({@code /} and {@code /sandbox}), listing what the app offers and the
 * demo users, and the log-in page ({@code /login.jsp}) the app's servlets send anonymous users to.
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

    public SandboxPagesServlet(JdbcUserDirectory users, ProjectAccess projectAccess, PortfolioInfo portfolio,
            List<Offer> offers, String dataDirectory) {
        this.users = users;
        this.projectAccess = projectAccess;
        this.portfolio = portfolio;
        this.offers = List.copyOf(offers);
        this.dataDirectory = dataDirectory;
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
                + "<h2>Demo users</h2>" + usersTable(context, context + "/")
                + "<h2>Portfolio</h2><table class=\"aui\" id=\"sandbox-portfolio\"><tbody>"
                + row("Preset", portfolio.size().id()) + row("Projects", String.format("%,d", portfolio.projects()))
                + row("Issues", String.format("%,d", portfolio.issues())) + row("Seed", Long.toString(portfolio.seed()))
                + row("Generated", portfolio.generatedAt() + " in " + String.format("%,d", portfolio.generationMillis())
                        + " ms (generator version " + portfolio.generatorVersion() + ")")
                + row("Data directory", dataDirectory) + "</tbody></table>";
        return SandboxLayout.simplePage("Sandbox", body);
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
