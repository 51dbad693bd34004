package org.pmosuite.sandbox.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pmosuite.sandbox.data.PortfolioInfo;
import org.pmosuite.sandbox.data.SandboxUser;
import org.pmosuite.sandbox.host.page.LayoutView;
import org.pmosuite.sandbox.host.page.SandboxTemplates;
import org.pmosuite.sandbox.platform.Html;

/**
 * The sandbox's page chrome in AUI markup ({@code sandbox-templates/layout.vm}), standing in for Jira's
 * {@code atl.general} decorator: an app header with the app's top navigation (from its web-items), and a banner
 * that says plainly this is a sandbox, with a user switcher.
 */
public final class SandboxLayout {

    /** The page parts the decorator takes from an undecorated page; all already HTML. */
    public record Page(String title, String head, String body) {
    }

    private final String contextPath;
    private final WebResources webResources;
    private final PortfolioInfo portfolio;
    private final String appName;
    private final TopNavigation navigation;
    private final SandboxTemplates templates;

    /**
     * @param navigation the header's entries, from the descriptor's top navigation web-items
     */
    public SandboxLayout(String contextPath, WebResources webResources, PortfolioInfo portfolio, String appName,
            TopNavigation navigation, SandboxTemplates templates) {
        this.contextPath = contextPath;
        this.webResources = webResources;
        this.portfolio = portfolio;
        this.appName = appName;
        this.navigation = navigation;
        this.templates = templates;
    }

    /**
     * @param requestUri      the page's own URI with its query, where the user switcher returns to
     * @param webResourceKeys the web resources the page required
     */
    public String render(Page page, Optional<SandboxUser> user, List<SandboxUser> users, String requestUri,
            List<String> webResourceKeys) {
        List<String> resources = new ArrayList<>();
        resources.add(WebResources.AUI);
        resources.addAll(webResourceKeys);
        LayoutView view = new LayoutView(
                page.title().isBlank() ? Html.escape(appName) : page.title() + " - " + Html.escape(appName),
                page.head().strip(), page.body().strip(), contextPath + "/", appName,
                contextPath + WebResources.STATIC_PATH + "/sandbox.css", webResources.page(contextPath, resources),
                banner(user, users, requestUri), navigation.entries(requestUri));
        return templates.render("layout.vm", Map.of("page", view));
    }

    private LayoutView.Banner banner(Optional<SandboxUser> user, List<SandboxUser> users, String requestUri) {
        List<LayoutView.UserOption> options = new ArrayList<>();
        for (SandboxUser candidate : users) {
            options.add(new LayoutView.UserOption(candidate.key(),
                    candidate.displayName() + " (" + candidate.key() + ")",
                    user.filter(u -> u.key().equals(candidate.key())).isPresent()));
        }
        options.add(new LayoutView.UserOption(LoginFilter.ANONYMOUS, "Anonymous (logged out)", user.isEmpty()));
        String summary = "%s portfolio: %,d projects, %,d issues (seed %d), generated on H2.".formatted(
                capitalised(portfolio.size().id()), portfolio.projects(), portfolio.issues(), portfolio.seed());
        return new LayoutView.Banner(summary, contextPath + SwitchUserServlet.PATH,
                user.map(SandboxUser::displayName).orElse("nobody (anonymous)"), options, requestUri);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
