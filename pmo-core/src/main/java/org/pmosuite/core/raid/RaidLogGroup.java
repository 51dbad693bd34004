package org.pmosuite.core.raid;

/**
 * One group of the register, counted by the store over what the actor may see, with the query's filters.
 *
 * @param key              the project key, or the owner's user key; null for the entries without an owner
 * @param name             the project's or the owner's name; null without an owner (and from a store, for a
 *                         project: the service names projects from the scope it resolved)
 * @param total            how many entries the group holds
 * @param needingAttention how many of them {@link NeedsAttentionPolicies} flag
 */
public record RaidLogGroup(String key, String name, long total, long needingAttention) {

    public RaidLogGroup {
        if (total < 0 || needingAttention < 0 || needingAttention > total) {
            throw new IllegalArgumentException("counts: " + total + " in all, " + needingAttention + " flagged");
        }
    }

    RaidLogGroup named(String newName) {
        return new RaidLogGroup(key, newName, total, needingAttention);
    }
}
