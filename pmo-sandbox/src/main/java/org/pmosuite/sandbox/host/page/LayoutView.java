package org.pmosuite.sandbox.host.page;

import java.util.List;

/**
 * The decorated page: the undecorated page's parts (already HTML), and the sandbox's chrome around them.
 *
 * @param homeHref   where the app header's logo links to
 * @param sandboxCss the sandbox's own style sheet, loaded after the web resources
 */
public record LayoutView(String titleHtml, String headHtml, String bodyHtml, String homeHref, String appName,
        String sandboxCss, PageResources resources, Banner banner, List<NavigationEntry> navigation) {

    public LayoutView {
        navigation = List.copyOf(navigation);
    }

    /**
     * The banner that says this is a sandbox, with the user switcher.
     *
     * @param destination where switching user comes back to
     */
    public record Banner(String portfolio, String switchAction, String currentUser, List<UserOption> users,
            String destination) {
        public Banner {
            users = List.copyOf(users);
        }
    }

    /** One choice of the user switcher. */
    public record UserOption(String value, String label, boolean selected) {
    }
}
