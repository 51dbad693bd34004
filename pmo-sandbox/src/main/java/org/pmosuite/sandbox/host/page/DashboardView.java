package org.pmosuite.sandbox.host.page;

import java.util.List;

/**
 * The sandbox's dashboard: one frame per dashboard item the app declares.
 *
 * @param preferencesUrl where the page's script reads and writes each item's preferences
 */
public record DashboardView(String userName, boolean editable, String preferencesUrl, List<Item> items) {

    public DashboardView {
        items = List.copyOf(items);
    }

    /** One item: its gadget id on this dashboard, translated title and description, and its AMD module. */
    public record Item(String gadgetId, String title, String description, String amdModule, boolean configurable) {
    }
}
