package org.pmosuite.sandbox.host.page;

import java.util.List;

/** The landing page: what the app offers, its project pages, the demo users and the portfolio. */
public record HomeView(List<OfferLink> offers, ProjectPagesView projectPages, UsersTable users,
        List<Row> portfolio) {

    public HomeView {
        offers = List.copyOf(offers);
        portfolio = List.copyOf(portfolio);
    }

    public record OfferLink(String href, String label, String description) {
    }

    /**
     * @param shown    whether the app adds anything to a project's sidebar
     * @param loggedIn whether someone is logged in to see their projects
     * @param section  the sidebar section the links come from
     */
    public record ProjectPagesView(boolean shown, boolean loggedIn, String section, String userName,
            List<ProjectRow> projects) {
        public ProjectPagesView {
            projects = List.copyOf(projects);
        }
    }

    public record ProjectRow(String key, String name, List<PageLink> links) {
        public ProjectRow {
            links = List.copyOf(links);
        }
    }

    public record PageLink(String href, String label) {
    }

    public record Row(String label, String value) {
    }
}
