package org.pmosuite.sandbox.host.page;

import java.util.List;

/**
 * One entry of the app header's top navigation; with sections, a dropdown menu.
 *
 * @param linkId  the link's id, or empty
 * @param current whether it (or an item of its menu) links to the current page
 */
public record NavigationEntry(String label, String href, String linkId, boolean current, String menuId,
        List<MenuSection> sections) {

    public NavigationEntry {
        sections = List.copyOf(sections);
    }

    /** @param label empty for a section without a heading */
    public record MenuSection(String id, String label, List<MenuItem> items) {
        public MenuSection {
            items = List.copyOf(items);
        }
    }

    /** @param itemId the item's id, or empty */
    public record MenuItem(String label, String href, String itemId, boolean current) {
    }
}
