package org.pmosuite.sandbox.host.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.atlassian.plugin.web.api.model.WebPanel;

/** The web panels the app installed, by location, for the sandbox's pages that show a location. */
public final class WebPanels {

    /** One installed panel: its module, the label's i18n key, and the instance built from the app's graph. */
    public record Installed(String key, String location, int weight, String labelKey, WebPanel panel) {
    }

    private final List<Installed> panels = new ArrayList<>();

    public synchronized void add(Installed panel) {
        panels.add(panel);
    }

    /** The panels of a location, lightest weight first, as Jira orders them. */
    public synchronized List<Installed> at(String location) {
        return panels.stream().filter(panel -> panel.location().equals(location))
                .sorted(Comparator.comparingInt(Installed::weight).thenComparing(Installed::key)).toList();
    }
}
