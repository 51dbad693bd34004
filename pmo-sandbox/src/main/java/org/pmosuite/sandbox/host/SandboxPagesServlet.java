package org.pmosuite.sandbox.host;

import java.io.IOException;
import java.util.ArrayList;
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
import org.pmosuite.sandbox.host.module.Offers;
import org.pmosuite.sandbox.host.page.HomeView;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.host.page.UsersTable;
import org.pmosuite.sandbox.platform.RequestScope;

/**
 * The sandbox's own pages: the landing page ({@code /} and {@code /sandbox}, {@code home.vm}), listing what the app
 * offers, its project pages for the projects the current user may browse, and the demo users; and the log-in page
 * ({@link LoginPage#PATH}, {@code login.vm}) the app's servlets send anonymous users to.
 */
public final class SandboxPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient JdbcUserDirectory users;
    private final transient ProjectAccess projectAccess;
    private final transient PortfolioInfo portfolio;
    private final transient List<Offers.Offer> offers;
    private final String dataDirectory;
    private final transient ProjectPages projectPages;
    private final transient RequestScope requestScope;
    private final transient SandboxTemplates templates;

    public SandboxPagesServlet(JdbcUserDirectory users, ProjectAccess projectAccess, PortfolioInfo portfolio,
            List<Offers.Offer> offers, String dataDirectory, ProjectPages projectPages, RequestScope requestScope,
            SandboxTemplates templates) {
        this.users = users;
        this.projectAccess = projectAccess;
        this.portfolio = portfolio;
        this.offers = List.copyOf(offers);
        this.dataDirectory = dataDirectory;
        this.projectPages = projectPages;
        this.requestScope = requestScope;
        this.templates = templates;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        String page = LoginPage.PATH.equals(request.getServletPath()) ? login(request, context) : landing(context);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page);
    }

    private String landing(String context) {
        List<HomeView.OfferLink> offered = offers.stream()
                .map(offer -> new HomeView.OfferLink(context + offer.path(), offer.label(), offer.description()))
                .toList();
        List<HomeView.Row> rows = List.of(
                new HomeView.Row("Preset", portfolio.size().id()),
                new HomeView.Row("Projects", "%,d".formatted(portfolio.projects())),
                new HomeView.Row("Issues", "%,d".formatted(portfolio.issues())),
                new HomeView.Row("Seed", Long.toString(portfolio.seed())),
                new HomeView.Row("Generated", "%s in %,d ms (generator version %s)".formatted(portfolio.generatedAt(),
                        portfolio.generationMillis(), portfolio.generatorVersion())),
                new HomeView.Row("Data directory", dataDirectory));
        HomeView home = new HomeView(offered, projectPages(context, requestScope.user()),
                usersTable(context, context + "/"), rows);
        return templates.render("home.vm", Map.of("home", home));
    }

    /** One row per project the user may browse, with a link per project sidebar web-item. */
    private HomeView.ProjectPagesView projectPages(String context, Optional<SandboxUser> user) {
        if (projectPages.isEmpty() || user.isEmpty()) {
            return new HomeView.ProjectPagesView(!projectPages.isEmpty(), false, ProjectPages.SIDEBAR_SECTION, "",
                    List.of());
        }
        Map<ProjectRef, List<HomeView.PageLink>> byProject = new LinkedHashMap<>();
        for (ProjectPages.Link link : projectPages.links(user.get().actor())) {
            byProject.computeIfAbsent(link.project(), project -> new ArrayList<>())
                    .add(new HomeView.PageLink(context + link.path(), link.label()));
        }
        List<HomeView.ProjectRow> projects = new ArrayList<>();
        byProject.forEach((project, links) -> projects.add(new HomeView.ProjectRow(project.key(), project.name(),
                links)));
        return new HomeView.ProjectPagesView(true, true, ProjectPages.SIDEBAR_SECTION, user.get().displayName(),
                projects);
    }

    private String login(HttpServletRequest request, String context) {
        String destination = SwitchUserServlet.safeDestination(context, request.getParameter(LoginPage.DESTINATION));
        return templates.render("login.vm", Map.of("users", usersTable(context, destination)));
    }

    private UsersTable usersTable(String context, String destination) {
        List<UsersTable.UserRow> rows = new ArrayList<>();
        for (SandboxUser user : users.all()) {
            String rights = (user.systemAdmin() ? "System administrator" : user.admin() ? "Jira administrator"
                    : "User") + (user.browsesAll() ? ", browses every project" : ", browses granted projects only");
            rows.add(new UsersTable.UserRow(user.displayName(), user.key(), rights,
                    projectAccess.browsableProjects(user.actor()).size()));
        }
        return new UsersTable(context + SwitchUserServlet.PATH, destination, rows);
    }
}
