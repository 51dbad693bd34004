package org.pmosuite.sandbox.host.module;

import com.atlassian.plugin.web.api.model.WebPanel;

/**
 * {@code <web-panel>}: a panel class built from the app's object graph, as Jira builds the module, shown by the
 * sandbox pages that stand for its location. A panel needs a {@code location} and a {@code class} (the sandbox
 * hosts no template-only panels); the weight orders panels of one location, 1000 when none is given, as in Jira.
 */
public final class WebPanelModuleHost implements ModuleHost<WebPanelModuleHost.WebPanelModule> {

    /** The issue view's right column. */
    public static final String ISSUE_RIGHT_CONTEXT = "atl.jira.view.issue.right.context";

    private static final int DEFAULT_WEIGHT = 1000;

    public record WebPanelModule(String key, String location, String className, int weight, String labelKey) {
    }

    @Override
    public String type() {
        return "web-panel";
    }

    @Override
    public WebPanelModule read(ModuleElement element) {
        String where = "<web-panel key=\"" + element.key() + "\">";
        String location = element.attribute("location");
        if (location.isBlank()) {
            throw new IllegalStateException(where + " has no location");
        }
        String className = element.attribute("class");
        if (className.isBlank()) {
            throw new IllegalStateException(where + " has no class; the sandbox hosts class panels only");
        }
        String weight = element.attribute("weight");
        int parsed;
        try {
            parsed = weight.isBlank() ? DEFAULT_WEIGHT : Integer.parseInt(weight.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + " has weight '" + weight + "', which is not a number", e);
        }
        return new WebPanelModule(element.key(), location, className, parsed,
                element.child("label").map(label -> label.attribute("key")).orElse(""));
    }

    @Override
    public void install(WebPanelModule module, HostContext host) {
        Class<? extends WebPanel> type = host.moduleClass("<web-panel key=\"" + module.key() + "\">",
                module.className(), WebPanel.class);
        host.webPanels().add(new WebPanels.Installed(module.key(), module.location(), module.weight(),
                module.labelKey(), host.plugin().create(type)));
    }
}
