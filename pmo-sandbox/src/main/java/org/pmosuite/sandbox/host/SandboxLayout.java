package org.pmosuite.sandbox.host;

import java.util.List;
import java.util.Optional;

import org.pmosuite.sandbox.data.PortfolioInfo;
import org.pmosuite.sandbox.data.SandboxUser;
import org.pmosuite.sandbox.platform.Html;

/**
 * The sandbox's page chrome in AUI markup, standing in for Jira's {@code atl.general} decorator: an app header with
 * the app's top navigation (from its web-items), and a banner that says plainly this is a sandbox, with a user
 * switcher.
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

    /**
     * @param navigation the header's entries, from the descriptor's top navigation web-items
     */
    public SandboxLayout(String contextPath, WebResources webResources, PortfolioInfo portfolio, String appName,
            TopNavigation navigation) {
        this.contextPath = contextPath;
        this.webResources = webResources;
        this.portfolio = portfolio;
        this.appName = appName;
        this.navigation = navigation;
    }

    /** An undecorated page that asks for the sandbox layout, as the app's own templates do. */
    public static String simplePage(String title, String bodyHtml) {
        return "<html><head><title>" + Html.escape(title) + "</title>"
                + "<meta name=\"decorator\" content=\"atl.general\"/></head><body>" + bodyHtml + "</body></html>";
    }

    /**
     * @param requestUri    the page's own URI with its query, where the user switcher returns to
     * @param webResourceKeys the web resources the page required
     */
    public String render(Page page, Optional<SandboxUser> user, List<SandboxUser> users, String requestUri,
            List<String> webResourceKeys) {
        List<String> resources = new java.util.ArrayList<>();
        resources.add(WebResources.AUI);
        resources.addAll(webResourceKeys);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                %s<link rel="stylesheet" href="%s">
                %s
                </head>
                <body class="aui-layout aui-theme-default">
                <div id="page">
                <header id="header" role="banner">
                %s
                <nav class="aui-header" aria-label="Site">
                  <div class="aui-header-inner">
                    <div class="aui-header-primary">
                      <span id="logo" class="aui-header-logo aui-header-logo-textonly"><a href="%s/"><span class="aui-header-logo-device">%s</span></a></span>
                      <ul class="aui-nav">
                %s
                      </ul>
                    </div>
                  </div>
                </nav>
                </header>
                <div id="content">
                  <div class="aui-page-panel">
                    <div class="aui-page-panel-inner">
                      <main class="aui-page-panel-content" id="main">
                %s
                      </main>
                    </div>
                  </div>
                </div>
                <footer id="footer" role="contentinfo">
                  <section class="footer-body">
                    <p>%s sandbox: the app's own resources, servlets and templates on a generated portfolio. Not Jira.</p>
                  </section>
                </footer>
                </div>
                </body>
                </html>
                """.formatted(
                page.title().isBlank() ? Html.escape(appName) : page.title() + " - " + Html.escape(appName),
                webResources.tags(contextPath, resources),
                Html.escape(contextPath + WebResources.STATIC_PATH + "/sandbox.css"),
                page.head().strip(),
                banner(user, users, requestUri),
                Html.escape(contextPath), Html.escape(appName),
                navigation.render(requestUri).strip(),
                page.body().strip(),
                Html.escape(appName));
    }

    private String banner(Optional<SandboxUser> user, List<SandboxUser> users, String requestUri) {
        StringBuilder options = new StringBuilder();
        for (SandboxUser candidate : users) {
            options.append("<option value=\"").append(Html.escape(candidate.key())).append('"')
                    .append(user.filter(u -> u.key().equals(candidate.key())).isPresent() ? " selected" : "")
                    .append('>').append(Html.escape(candidate.displayName())).append(" (")
                    .append(Html.escape(candidate.key())).append(")</option>");
        }
        options.append("<option value=\"").append(LoginFilter.ANONYMOUS).append('"')
                .append(user.isEmpty() ? " selected" : "").append(">Anonymous (logged out)</option>");
        return """
                <div id="sandbox-banner" class="sandbox-banner" role="region" aria-label="Sandbox">
                  <span class="aui-lozenge aui-lozenge-moved sandbox-lozenge">Sandbox &mdash; not Jira</span>
                  <span class="sandbox-banner-text">%s %s projects, %s issues (seed %d), generated on H2.</span>
                  <form class="aui sandbox-user-switch" id="sandbox-user-switch" method="post" action="%s">
                    <span class="sandbox-current-user">Logged in as <strong id="sandbox-current-user">%s</strong></span>
                    <label class="assistive" for="sandbox-user-select">Switch to user</label>
                    <select class="select" id="sandbox-user-select" name="user">%s</select>
                    <input type="hidden" name="destination" value="%s">
                    <button class="aui-button aui-button-compact" type="submit" id="sandbox-switch-user">Switch user</button>
                  </form>
                </div>
                """.formatted(
                Html.escape(capitalised(portfolio.size().id()) + " portfolio:"),
                String.format("%,d", portfolio.projects()), String.format("%,d", portfolio.issues()),
                portfolio.seed(),
                Html.escape(contextPath + SwitchUserServlet.PATH),
                Html.escape(user.map(SandboxUser::displayName).orElse("nobody (anonymous)")),
                options, Html.escape(requestUri));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
