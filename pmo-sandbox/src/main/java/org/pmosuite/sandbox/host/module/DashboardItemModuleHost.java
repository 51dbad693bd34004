package org.pmosuite.sandbox.host.module;

import java.util.List;

/**
 * {@code <dashboard-item>}: a client-side dashboard item, an AMD module Jira creates with its dashboard-item API. Read
 * as Jira's parser reads it: a {@code <definition>} with {@code <title key>} and {@code <author><name>} is required
 * (Jira refuses the whole plugin otherwise), and so is an {@code <amd-module>} (the sandbox hosts no server-rendered
 * items). The sandbox's dashboard page ({@code /secure/Dashboard.jspa}) shows every item once.
 */
public final class DashboardItemModuleHost implements ModuleHost<DashboardItemModuleHost.DashboardItem> {

    /** Jira's dashboard page. */
    public static final String DASHBOARD_PATH = "/secure/Dashboard.jspa";

    /** The web-resource context Jira loads on dashboards. */
    public static final String CONTEXT = "atl.dashboard";

    /**
     * One dashboard item.
     *
     * @param thumbnail the picture the gadget directory shows, below the context path; empty when none
     */
    public record DashboardItem(String key, String titleKey, String descriptionKey, String author, String amdModule,
            boolean configurable, String thumbnail) {
    }

    @Override
    public String type() {
        return "dashboard-item";
    }

    @Override
    public DashboardItem read(ModuleElement element) {
        String where = "<dashboard-item key=\"" + element.key() + "\">";
        ModuleElement definition = element.child("definition").orElseThrow(() -> new IllegalStateException(
                where + " has no <definition>; Jira would refuse the plugin"));
        String titleKey = definition.child("title").map(title -> title.attribute("key")).orElse("");
        if (titleKey.isBlank()) {
            throw new IllegalStateException(where + " has no <title key>; Jira would refuse the plugin");
        }
        String author = definition.child("author").flatMap(a -> a.child("name")).map(ModuleElement::text).orElse("");
        if (author.isBlank()) {
            throw new IllegalStateException(where + " has no <author><name>; Jira would refuse the plugin");
        }
        String module = element.child("amd-module").map(ModuleElement::text).orElse("");
        if (module.isBlank()) {
            throw new IllegalStateException(where + " has no <amd-module>; the sandbox hosts client-side items only");
        }
        return new DashboardItem(element.key(), titleKey,
                element.child("description").map(description -> description.attribute("key")).orElse(""), author,
                module, Boolean.parseBoolean(element.attribute("configurable")),
                definition.child("thumbnail").map(thumbnail -> thumbnail.attribute("location")).orElse(""));
    }

    @Override
    public void install(DashboardItem item, HostContext host) {
        host.offers().add(new Offers.Offer("Dashboard item " + item.key(), DASHBOARD_PATH,
                "AMD module " + item.amdModule() + " from the <dashboard-item> module '" + item.key() + "'"));
    }

    public static List<DashboardItem> items(PluginDescriptor descriptor) {
        return descriptor.modules(DashboardItemModuleHost.class);
    }
}
