package org.pmosuite.jira.raid;

import java.util.List;

/**
 * The groups of the RAID register as the REST API returns them, in the grouping's order.
 *
 * @param group how the entries are grouped: {@code project} or {@code owner}
 */
public record RaidLogGroupsJson(String group, List<Group> groups) {

    /**
     * @param key            the project key or the owner's user key; null for the entries without an owner
     * @param name           the project's or the owner's name; null without an owner
     * @param total          how many entries match in the group
     * @param needsAttention how many of those need attention
     */
    public record Group(String key, String name, long total, long needsAttention) {
    }
}
